namespace OcopHub.Web;

/// <summary>Marker for the shared UI strings (Vietnamese keys; English in Resources/en.json).</summary>
public sealed class SharedResource;
