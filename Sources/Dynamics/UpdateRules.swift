public import Symbolic
public import Verification

/// One step of Lion-κ (theory.md §1) as expressions: the paper's convention (momentum tracks
/// the negative gradient), the explicit and implicit schemes, and original Lion's convention.
public struct LionKStep: Sendable {
    public var mTilde: Expr
    public var mNext: Expr
    public var xNext: Expr
}

public enum UpdateRules {
    /// g = ∇f(x); m̃ = β1 m − (1−β1) g; m⁺ = β2 m − (1−β2) g;
    /// explicit x⁺ = x + ε(∇K(m̃) − λx), implicit x⁺ = (x + ε∇K(m̃))/(1 + ελ).
    /// Without weight decay pass λ = 0.
    public static func lionK(
        _ k: Kappa, scheme: KappaClaims.Scheme, x: Expr, m: Expr, g: Expr, beta1: Expr, beta2: Expr, eps: Expr, lam: Expr
    ) -> LionKStep {
        let mt = beta1 * m - (1 - beta1) * g
        let mn = beta2 * m - (1 - beta2) * g
        let s = k.gradient(mt)
        let xn: Expr
        switch scheme {
        case .explicit: xn = x + eps * (s - lam * x)
        case .implicit: xn = (x + eps * s) / (1 + eps * lam)
        }
        return LionKStep(mTilde: mt, mNext: mn, xNext: xn)
    }

    /// Original Lion (Chen et al. 2023): c = β1 m + (1−β1) g, x⁺ = x − η(sign(c) + λx),
    /// m⁺ = β2 m + (1−β2) g (momentum tracks the gradient).
    public static func originalLion(x: Expr, m: Expr, g: Expr, beta1: Expr, beta2: Expr, eta: Expr, lam: Expr) -> LionKStep {
        let c = beta1 * m + (1 - beta1) * g
        return LionKStep(mTilde: c, mNext: beta2 * m + (1 - beta2) * g, xNext: x - eta * (sign(c) + lam * x))
    }

    /// n steps of Lion-κ from (x, m) with gradients g_0 … g_{n−1} (vector symbols g0, g1, …
    /// unless given): the iterates x_1 … x_n as expressions of the initial state.
    public static func unroll(
        _ k: Kappa, scheme: KappaClaims.Scheme, steps n: Int, x: Expr, m: Expr, gradients: [Expr]? = nil,
        beta1: Expr, beta2: Expr, eps: Expr, lam: Expr
    ) -> [LionKStep] {
        var out: [LionKStep] = []
        var (xc, mc) = (x, m)
        for i in 0..<n {
            let g = gradients?[i] ?? Expr.vector("g\(i)")
            let st = lionK(k, scheme: scheme, x: xc, m: mc, g: g, beta1: beta1, beta2: beta2, eps: eps, lam: lam)
            out.append(st)
            (xc, mc) = (st.xNext, st.mNext)
        }
        return out
    }

    /// The continuous-time vector field of theory.md §4: ṁ = −α∇f(x) − γm,
    /// ẋ = ∇K(m̃) − λx with m̃ = m − ε(α∇f(x) + γm).
    public static func vectorField(
        _ k: Kappa, x: Expr, m: Expr, g: Expr, alpha: Expr, gamma: Expr, eps: Expr, lam: Expr
    ) -> (xDot: Expr, mDot: Expr) {
        let mt = m - eps * (alpha * g + gamma * m)
        return (k.gradient(mt) - lam * x, -alpha * g - gamma * m)
    }

    /// Claim: original Lion from (x, m) equals Lion-κ (K = ‖·‖₁, explicit, η = ε) from (x, −m)
    /// — the same x⁺ and m⁺ ↦ −m⁺ (theory.md §1). An identity for every β, ε, λ.
    public static func originalLionIsLionK(dimensions: DimensionScope = .anyDimension) -> Claim {
        let x = Expr.vector("x"), m = Expr.vector("m"), g = Expr.vector("g")
        let b1 = Expr.scalar("beta1"), b2 = Expr.scalar("beta2"), eps = Expr.scalar("eps"), lam = Expr.scalar("lam")
        let orig = originalLion(x: x, m: m, g: g, beta1: b1, beta2: b2, eta: eps, lam: lam)
        let paper = lionK(.l1, scheme: .explicit, x: x, m: -m, g: g, beta1: b1, beta2: b2, eps: eps, lam: lam)
        return Claim(
            name: "lion.original-is-lion-k",
            parameters: [
                Parameter("beta1", .closed(0, 1)), Parameter("beta2", .closed(0, 1)), Parameter("eps", .positive),
                Parameter("lam", ParameterDomain(lower: 0, upper: nil)),
            ],
            variables: [.vector("x"), .vector("m"), .vector("g")], hypotheses: [],
            goal: orig.xNext .== paper.xNext && orig.mNext .== -paper.mNext, dimensions: dimensions)
    }
}
