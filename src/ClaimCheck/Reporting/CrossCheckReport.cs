using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Comparison;
using ClaimCheck.Extraction;

namespace ClaimCheck.Reporting;

/// <summary>One source as the report lists it.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The title, when known.</param>
/// <param name="Published">The dateline, when known.</param>
/// <param name="Outlet">The outlet or byline, when known.</param>
/// <param name="Sentences">Number of body sentences.</param>
/// <param name="Claims">Number of claims extracted.</param>
/// <param name="Text">The text all offsets index (carried for HTML and JSON input, where it was extracted).</param>
/// <param name="Notices">What reading and analysis changed or cut (text cut, encodings used, long sentences broken).</param>
public sealed record SourceSummary(
    string Id,
    string? Title,
    DateOnly? Published,
    string? Outlet,
    int Sentences,
    int Claims,
    string Text,
    ImmutableArray<string> Notices);

/// <summary>The result of a cross-check: the sources, their claims and the findings.</summary>
/// <remarks>
/// Immutable and thread-safe. Sorted deterministically: sources by id, claims by source then offset, findings
/// by kind (conflicts first) then by their first claim. The same inputs give byte-identical JSON whatever
/// their order or the number of threads.
/// </remarks>
public sealed partial class CrossCheckReport
{
    /// <summary>The version of the JSON report schema this report writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Creates a report.</summary>
    /// <param name="sources">The sources, sorted by id.</param>
    /// <param name="claims">The claims, sorted by source and offset.</param>
    /// <param name="findings">The findings, in report order.</param>
    public CrossCheckReport(ImmutableArray<SourceSummary> sources, ImmutableArray<Claim> claims, ImmutableArray<Finding> findings)
    {
        Sources = sources;
        Claims = claims;
        Findings = findings;
        _claimsById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Claim> _claimsById;

    /// <summary>The sources, sorted by id.</summary>
    public ImmutableArray<SourceSummary> Sources { get; }

    /// <summary>All claims, sorted by source and offset.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>How many candidate pairs of claims were compared (a measure of the blocker's work).</summary>
    public int CandidatePairs { get; init; }

    /// <summary>What the cross-check left out or cut across the corpus (links over <see cref="CrossCheckOptions.MaxLinksPerClaim"/>); empty when nothing was.</summary>
    public ImmutableArray<string> Notices { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>All findings, conflicts first.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The findings of one kind, in report order.</summary>
    /// <param name="kind">The kind wanted.</param>
    /// <returns>The findings of that kind.</returns>
    public IEnumerable<Finding> FindingsOf(FindingKind kind) => Findings.Where(f => f.Kind == kind);

    /// <summary>Looks a claim up by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public Claim GetClaim(string id) => _claimsById[id];

    /// <summary>Looks a claim up by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns><c>true</c> when found.</returns>
    public bool TryGetClaim(string id, out Claim? claim) => _claimsById.TryGetValue(id, out claim);
}
