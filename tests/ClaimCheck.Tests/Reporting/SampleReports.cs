using System.Collections.Immutable;
using ClaimCheck.Comparison;
using ClaimCheck.Extraction;
using ClaimCheck.Normalization;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Small reports built by hand, so the writer tests do not depend on the engine.</summary>
internal static class SampleReports
{
    public const string TextA = "The talks in Riyadh lasted over four hours on February 18. Rubio met Lavrov.";
    public const string TextB = "The negotiations took four and a half hours on Tuesday. Rubio did not meet Zelensky.";
    public const string TextC = "Officials met in Riyadh for three hours. The sides agreed to restore embassies.";

    /// <summary>Three sources with one finding of every kind.</summary>
    public static CrossCheckReport Mixed()
    {
        var a1 = Claim("a", TextA, "The talks in Riyadh lasted over four hours on February 18.") with
        {
            Quantities = ImmutableArray.Create(Quantity(TextA, "over four hours", Interval.Above(4), "hour")),
            Times = ImmutableArray.Create(Time(TextA, "February 18", new DateOnly(2025, 2, 18))),
            Places = ImmutableArray.Create(new PlaceMention("place:riyadh", "Riyadh", Span(TextA, "Riyadh"))),
        };
        var a2 = Claim("a", TextA, "Rubio met Lavrov.", 1) with
        {
            Actors = ImmutableArray.Create(
                Actor(TextA, "Rubio", "person:marco-rubio", ActorRole.Agent),
                Actor(TextA, "Lavrov", "person:sergey-lavrov", ActorRole.Patient)),
        };
        var b1 = Claim("b", TextB, "The negotiations took four and a half hours on Tuesday.") with
        {
            Quantities = ImmutableArray.Create(Quantity(TextB, "four and a half hours", Interval.Point(4.5), "hour")),
            Times = ImmutableArray.Create(new TimeExpression("Tuesday", Span(TextB, "Tuesday"), new DateOnly(2025, 2, 18), new DateOnly(2025, 2, 18), TimeResolution.RelativeToDateline)),
        };
        var b2 = Claim("b", TextB, "Rubio did not meet Zelensky.", 1) with
        {
            Polarity = Polarity.Negated,
            Actors = ImmutableArray.Create(Actor(TextB, "Rubio", "person:marco-rubio", ActorRole.Agent)),
        };
        var c1 = Claim("c", TextC, "Officials met in Riyadh for three hours.") with
        {
            Quantities = ImmutableArray.Create(Quantity(TextC, "three hours", Interval.Point(3), "hour")),
            // Overlapping spans: "Riyadh" as a place and "in Riyadh" as an actor must merge into one mark.
            Places = ImmutableArray.Create(new PlaceMention("place:riyadh", "Riyadh", Span(TextC, "Riyadh"))),
            Actors = ImmutableArray.Create(Actor(TextC, "in Riyadh", "country:saudi-arabia", ActorRole.Mentioned)),
        };
        var c2 = Claim("c", TextC, "The sides agreed to restore embassies.", 1);

        var findings = ImmutableArray.Create(
            Finding("F001", FindingKind.Conflict, 0.82, new[] { a1, c1 }, "Duration clashes: > 4 h (a) against 3 h (c).", ConflictType.Number,
                new SlotComparison("duration", SlotOutcome.Clash, "> 4 h (a) is disjoint from 3 h (c)"),
                new SlotComparison("place", SlotOutcome.Match, "Riyadh in both")),
            Finding("F002", FindingKind.Partial, 0.55, new[] { a2, b2 }, "Both speak of Rubio's meetings, with different counterparts."),
            Finding("F003", FindingKind.Agreement, 0.91, new[] { a1, b1 }, "4.5 h (b) lies within > 4 h (a).", null,
                new SlotComparison("duration", SlotOutcome.Match, "4.5 h (b) lies within > 4 h (a)"),
                new SlotComparison("date", SlotOutcome.Match, "Tuesday resolves to 2025-02-18", Weak: true)),
            Finding("F004", FindingKind.Disputed, 0.6, new[] { b2, c2 }, "The speakers disagree; the sources do not."),
            Finding("F005", FindingKind.Unique, 0.5, new[] { c2 }, "No other source states this."),
            Finding("F006", FindingKind.Unique, 0.5, new[] { a2 }, "No other source states this."));

        return Report(new[] { ("a", TextA), ("b", TextB), ("c", TextC) }, new[] { a1, a2, b1, b2, c1, c2 }, findings);
    }

    /// <summary>A report whose every text field is hostile markup.</summary>
    public static CrossCheckReport Hostile()
    {
        const string evil = "Evil <script>alert(1)</script> said \"><img src=x onerror=alert(1)> it.";
        string id = "x\"><img src=x onerror=alert(1)>";
        var claim = Claim(id, evil, evil) with
        {
            Quantities = ImmutableArray.Create(new Quantity("<script>", new TextSpan(evil.IndexOf("<script>", StringComparison.Ordinal), 8), Interval.Point(1), "\"><b onmouseover=alert(1)>", null, QuantityKind.Measure)),
            Actors = ImmutableArray.Create(new ActorMention("\"><img src=x onerror=alert(1)>", "Evil", new TextSpan(0, 4), ActorRole.Agent, ActorKind.Person)),
        };
        var findings = ImmutableArray.Create(
            Finding("F<1>", FindingKind.Unique, 0.5, new[] { claim }, "<script>alert(1)</script>", null,
                new SlotComparison("<script>", SlotOutcome.Clash, "\"><img src=x onerror=alert(1)>")));
        var source = new SourceSummary(id, "<script>alert(1)</script>", new DateOnly(2025, 2, 20), "\"><img src=x onerror=alert(1)>", 1, 1, evil,
            ImmutableArray.Create("<script>alert(1)</script>"));
        return new CrossCheckReport(ImmutableArray.Create(source), ImmutableArray.Create(claim), findings);
    }

    public static CrossCheckReport Report((string Id, string Text)[] sources, Claim[] claims, ImmutableArray<Finding> findings)
    {
        var summaries = sources.Select(s => new SourceSummary(s.Id, "Title " + s.Id, new DateOnly(2025, 2, 19), "Outlet " + s.Id, 2,
            claims.Count(c => c.SourceId == s.Id), s.Text, ImmutableArray<string>.Empty)).ToImmutableArray();
        return new CrossCheckReport(summaries, claims.ToImmutableArray(), findings) { CandidatePairs = 7 };
    }

    public static Claim Claim(string source, string articleText, string sentence, int index = 0)
    {
        var span = Span(articleText, sentence);
        return new Claim { Id = $"{source}:{index:D3}", SourceId = source, SentenceIndex = index, Span = span, Text = sentence };
    }

    public static Finding Finding(string id, FindingKind kind, double confidence, Claim[] claims, string explanation,
        ConflictType? conflictType = null, params SlotComparison[] slots) => new()
    {
        Id = id,
        Kind = kind,
        Confidence = confidence,
        ClaimIds = claims.Select(c => c.Id).ToImmutableArray(),
        SourceIds = claims.Select(c => c.SourceId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray(),
        Explanation = explanation,
        ConflictType = conflictType,
        Slots = slots.ToImmutableArray(),
    };

    public static TextSpan Span(string text, string part)
    {
        int i = text.IndexOf(part, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"'{part}' not in text");
        return new TextSpan(i, part.Length);
    }

    private static Quantity Quantity(string text, string part, Interval value, string unit) =>
        new(part, Span(text, part), value, unit, null, QuantityKind.Duration);

    private static TimeExpression Time(string text, string part, DateOnly date) =>
        new(part, Span(text, part), date, date, TimeResolution.AbsoluteYearFromDateline);

    private static ActorMention Actor(string text, string part, string id, ActorRole role) =>
        new(id, part, Span(text, part), role, ActorKind.Person);
}
