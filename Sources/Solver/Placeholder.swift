public enum SymbolicPlaceholder {}
