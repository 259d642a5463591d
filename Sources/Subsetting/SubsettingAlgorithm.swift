/// A way of choosing each revision's subset of activators.
///
/// Contract every conforming type must keep (the property tests check the built-in ones):
/// - `assign` is a pure function of `input`: no hidden state, no clock, no unseeded randomness;
///   since `SubsettingInput` is canonical, the result does not depend on input order;
/// - every revision in the input appears in the output with exactly `input.effectiveSize(of:)`
///   distinct, ready activators.
/// Algorithms cannot fail: any `SubsettingInput` is a valid problem.
public protocol SubsettingAlgorithm: Sendable {
    /// The name users select it by (`thaw subsetting … --algorithm NAME`).
    var name: String { get }
    /// One line on what it does, for listings.
    var summary: String { get }
    func assign(_ input: SubsettingInput) -> SubsettingOutput
}
