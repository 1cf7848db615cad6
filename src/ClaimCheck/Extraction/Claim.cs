using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Normalization;

namespace ClaimCheck.Extraction;

/// <summary>What part an actor plays in a claim.</summary>
public enum ActorRole
{
    /// <summary>Does the action (subject).</summary>
    Agent,
    /// <summary>Undergoes the action (object).</summary>
    Patient,
    /// <summary>Says the claim (attributed speech).</summary>
    Speaker,
    /// <summary>Named without a clear role.</summary>
    Mentioned,
}

/// <summary>What kind of thing an actor is.</summary>
public enum ActorKind
{
    /// <summary>A country or its government, by name or metonym ("Washington", "the Kremlin").</summary>
    Country,
    /// <summary>A named person.</summary>
    Person,
    /// <summary>An organisation ("NATO", "the RDIF").</summary>
    Organization,
    /// <summary>A group named by role ("Ukrainian officials").</summary>
    Group,
}

/// <summary>Whether a claim is affirmed or negated.</summary>
public enum Polarity
{
    /// <summary>The claim holds.</summary>
    Affirmed,
    /// <summary>The claim is denied ("not invited", "ruled out", "neither … nor").</summary>
    Negated,
}

/// <summary>How strongly a claim is asserted: its stance.</summary>
/// <remarks>"Unlikely to happen" and "probably will not happen" both normalise to <see cref="Unlikely"/> with affirmed polarity.</remarks>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Probable ("likely", "probably", "expected to").</summary>
    Likely,
    /// <summary>Improbable ("unlikely", "probably not").</summary>
    Unlikely,
    /// <summary>Possible ("could", "may", "potentially").</summary>
    Possible,
    /// <summary>Intended ("plan to", "aim to", "intend to", "will").</summary>
    Planned,
    /// <summary>Asked for ("demanded", "called for", "urged").</summary>
    Demanded,
}

/// <summary>What a claim is within its sentence.</summary>
public enum ClaimKind
{
    /// <summary>An ordinary statement.</summary>
    Statement,
    /// <summary>A statement that announces a counted list ("four main agreements, including …").</summary>
    Enumeration,
    /// <summary>One item of an enumeration; <see cref="Claim.ParentId"/> names the enumeration.</summary>
    Item,
}

/// <summary>An actor named in a claim, resolved to a canonical id across sources.</summary>
/// <param name="Id">Canonical id ("country:us", "person:yuri-ushakov").</param>
/// <param name="Text">The source text at <paramref name="Span"/>.</param>
/// <param name="Span">Where the mention lies in the article text.</param>
/// <param name="Role">The part the actor plays.</param>
/// <param name="Kind">What kind of actor it is.</param>
public sealed record ActorMention(string Id, string Text, TextSpan Span, ActorRole Role, ActorKind Kind);

/// <summary>A place named in a claim, with a canonical id.</summary>
/// <param name="Id">Canonical id ("place:riyadh").</param>
/// <param name="Text">The source text at <paramref name="Span"/>.</param>
/// <param name="Span">Where the mention lies in the article text.</param>
public sealed record PlaceMention(string Id, string Text, TextSpan Span);

/// <summary>Who a claim is attributed to ("Ushakov said", "according to Reuters").</summary>
/// <param name="Id">Canonical id of the speaker, or a normalised form of the text when unknown.</param>
/// <param name="Text">The source text at <paramref name="Span"/>.</param>
/// <param name="Span">Where the speaker is named in the article text.</param>
public sealed record Attribution(string Id, string Text, TextSpan Span);

/// <summary>A comparable statement: one claim of one source with typed slots, each with its span.</summary>
/// <remarks>
/// Immutable and thread-safe. Invariant: <see cref="Text"/> equals the article text at <see cref="Span"/>, and
/// every slot's span lies inside the claim's sentence.
/// </remarks>
public sealed record Claim
{
    /// <summary>Unique id within a report: <c>sourceId:NNN</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The article the claim comes from.</summary>
    public required string SourceId { get; init; }

    /// <summary>Index of the sentence holding the claim.</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>Where the claim lies in the article text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The article text at <see cref="Span"/>.</summary>
    public required string Text { get; init; }

    /// <summary>What the claim is within its sentence.</summary>
    public ClaimKind Kind { get; init; } = ClaimKind.Statement;

    /// <summary>Normalised predicate key ("talks", "establish", "invite"), or <c>null</c> when none was found.</summary>
    public string? Predicate { get; init; }

    /// <summary>Where the predicate word lies, when found.</summary>
    public TextSpan? PredicateSpan { get; init; }

    /// <summary>Actors, in text order.</summary>
    public ImmutableArray<ActorMention> Actors { get; init; } = ImmutableArray<ActorMention>.Empty;

    /// <summary>Quantities as intervals, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; init; } = ImmutableArray<Quantity>.Empty;

    /// <summary>Times as date ranges, in text order.</summary>
    public ImmutableArray<TimeExpression> Times { get; init; } = ImmutableArray<TimeExpression>.Empty;

    /// <summary>Places, in text order.</summary>
    public ImmutableArray<PlaceMention> Places { get; init; } = ImmutableArray<PlaceMention>.Empty;

    /// <summary>Whether the claim is affirmed or denied.</summary>
    public Polarity Polarity { get; init; } = Polarity.Affirmed;

    /// <summary>The claim's stance.</summary>
    public Modality Modality { get; init; } = Modality.Asserted;

    /// <summary>Who the claim is attributed to, or <c>null</c> when the outlet states it itself.</summary>
    public Attribution? Attribution { get; init; }

    /// <summary>For an enumeration, the ids of its item claims.</summary>
    public ImmutableArray<string> Items { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>For an item, the id of its enumeration.</summary>
    public string? ParentId { get; init; }

    /// <summary>Normalised content keys (lemmas through the synonym lexicon), used for alignment.</summary>
    public ImmutableArray<string> Keys { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>Turns sentences into comparable statements.</summary>
/// <remarks>
/// Stage <c>Extraction</c>. Requires: an article and its sentences. Creates: claims with exact spans and all
/// slots filled (actors, predicate, quantities, times, places, polarity, modality, attribution, items).
/// Never throws on odd text. Implementations must be thread-safe.
/// </remarks>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims of one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sentences">Its sentences, in order.</param>
    /// <returns>The claims, in text order, with ids <c>articleId:NNN</c>.</returns>
    IReadOnlyList<Claim> Extract(Article article, IReadOnlyList<Segmentation.Sentence> sentences);
}
