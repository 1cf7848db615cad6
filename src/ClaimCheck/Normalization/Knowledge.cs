using System.Reflection;

namespace ClaimCheck.Normalization;

/// <summary>The data the components consult: actor and place alias tables and the lexicon.</summary>
/// <remarks>
/// Immutable and thread-safe. The built-in tables are embedded JSON (<c>Resources/aliases.json</c>,
/// <c>Resources/lexicon.json</c>); add your own with <see cref="WithAliases"/> and <see cref="WithLexicon"/>.
/// </remarks>
public sealed class Knowledge
{
    private static readonly Lazy<Knowledge> BuiltInValue = new(() => new Knowledge(
        AliasTable.FromJson(ReadResource("aliases.json"), "built-in aliases.json"),
        Lexicon.FromJson(ReadResource("lexicon.json"), "built-in lexicon.json")));

    /// <summary>Creates a knowledge bundle.</summary>
    /// <param name="aliases">Actor and place aliases.</param>
    /// <param name="lexicon">The lexicon.</param>
    public Knowledge(AliasTable aliases, Lexicon lexicon)
    {
        Aliases = aliases ?? throw new ArgumentNullException(nameof(aliases));
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <summary>The built-in tables.</summary>
    public static Knowledge BuiltIn => BuiltInValue.Value;

    /// <summary>Actor and place aliases.</summary>
    public AliasTable Aliases { get; }

    /// <summary>Predicate classes, synonyms, negation and stance cues.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Returns a bundle whose alias table has <paramref name="extra"/>'s entries added (they win on the same id).</summary>
    /// <param name="extra">The caller's aliases.</param>
    /// <returns>The new bundle.</returns>
    public Knowledge WithAliases(AliasTable extra) => new(Aliases.Merge(extra), Lexicon);

    /// <summary>Returns a bundle whose lexicon has <paramref name="extra"/>'s entries added.</summary>
    /// <param name="extra">The caller's lexicon entries.</param>
    /// <returns>The new bundle.</returns>
    public Knowledge WithLexicon(Lexicon extra) => new(Aliases, Lexicon.Merge(extra));

    private static string ReadResource(string name)
    {
        using var stream = typeof(Knowledge).GetTypeInfo().Assembly.GetManifestResourceStream("ClaimCheck.Resources." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
