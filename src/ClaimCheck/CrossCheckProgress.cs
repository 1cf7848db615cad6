namespace ClaimCheck;

/// <summary>The stages a cross-check reports progress for.</summary>
public enum CrossCheckStage
{
    /// <summary>Reading and extracting claims from articles.</summary>
    Extracting,
    /// <summary>Comparing candidate pairs of claims.</summary>
    Comparing,
    /// <summary>Grouping results into findings.</summary>
    Reporting,
}

/// <summary>A progress report of a running cross-check.</summary>
/// <param name="Stage">The stage running.</param>
/// <param name="Done">Units of work done in that stage (articles or pairs).</param>
/// <param name="Total">Units of work in that stage, or -1 when not yet known (streaming input).</param>
public readonly record struct CrossCheckProgress(CrossCheckStage Stage, long Done, long Total);
