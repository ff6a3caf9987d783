public enum VerificationPlaceholder {}
