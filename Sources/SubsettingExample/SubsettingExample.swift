import Subsetting

/// The plugin's entry point: a program that wants this plugin's algorithms calls `register`
/// on its registry once at start-up. Throws `SubsettingRegistryError.duplicateName` if a name
/// is already taken.
public enum SubsettingExample {
    public static func register(into registry: inout SubsettingRegistry) throws(SubsettingRegistryError) {
        try registry.register(RendezvousSubsetting())
    }
}
