namespace ClaimCheck;

/// <summary>Limits and switches of a cross-check.</summary>
/// <remarks>Immutable once built into a pipeline. Every limit that cuts input is reported in the source's notices, never silently.</remarks>
public sealed record CrossCheckOptions
{
    /// <summary>The default options.</summary>
    public static CrossCheckOptions Default { get; } = new();

    /// <summary>Largest article file read, in bytes (default 32 MiB). A larger file is refused with <see cref="InputLimitException"/>.</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Longest article text kept, in UTF-16 code units (default 4 Mi). Text past it is cut and the cut is noted.</summary>
    public int MaxArticleChars { get; init; } = 4 * 1024 * 1024;

    /// <summary>Longest sentence, in UTF-16 code units (default 2,000). Longer runs are broken at a word boundary and the break is noted.</summary>
    public int MaxSentenceChars { get; init; } = 2000;

    /// <summary>Deepest nesting accepted in JSON and HTML input (default 64).</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Most articles read from one JSON file (default 100,000).</summary>
    public int MaxArticlesPerFile { get; init; } = 100_000;

    /// <summary>Threads used for extraction and comparison; 0 means one per core (default).</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Most pair findings a claim takes part in: conflicts, disputes, and agreements between claims that did not join one
    /// agreement group (default 8; 0 = no limit). The strongest links are kept, conflicts before agreements, a link only
    /// while both of its claims have room; how many were left out is stated in <see cref="Reporting.CrossCheckReport.Notices"/>.
    /// Agreement groups are never cut. Without a limit, one deviant claim in a cluster of hundreds of reports conflicts with
    /// every copy of the fact, and the report grows with the square of the cluster.
    /// </summary>
    public int MaxLinksPerClaim { get; init; } = 8;

    /// <summary>Whether to compare every pair of claims instead of blocking (slow; for measuring the blocker's recall).</summary>
    public bool Exhaustive { get; init; }
}
