import ArgumentParser
import ImageCaching
import KubeAPI

/// `thaw crds`: prints the CustomResourceDefinitions Thaw's controllers need, as one YAML stream
/// (`thaw crds | kubectl apply -f -`); `crds/` holds the same text.
struct CRDsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crds",
        abstract: "Print the CustomResourceDefinitions Thaw's controllers need, as YAML.")

    /// Every CRD, in install order.
    static var definitions: [CustomResourceDefinition] { [ImageCRD.definition] }

    func run() {
        print(JSONValue.yamlStream(Self.definitions.map(\.json)), terminator: "")
    }
}
