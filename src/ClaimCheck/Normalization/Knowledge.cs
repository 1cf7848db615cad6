namespace ClaimCheck.Normalization;

/// <summary>The data the components consult: actor and place alias tables and the lexicon.</summary>
/// <remarks>Immutable and thread-safe. Built-in tables are embedded JSON; callers add their own with <see cref="CrossCheckPipelineBuilder"/>.</remarks>
public sealed class Knowledge
{
    /// <summary>The built-in tables.</summary>
    public static Knowledge BuiltIn { get; } = new();
}
