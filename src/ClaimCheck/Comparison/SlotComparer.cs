using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Normalization;

namespace ClaimCheck.Comparison;

/// <summary>A comparer that can tune itself to the claims of one cross-check (key weights, enumeration items).</summary>
public interface ICorpusAwareComparer : IClaimComparer
{
    /// <summary>Returns a comparer prepared for these claims.</summary>
    /// <param name="claims">All claims of the cross-check.</param>
    /// <returns>The prepared comparer.</returns>
    IClaimComparer ForCorpus(IReadOnlyList<Claim> claims);
}

/// <summary>The default comparer: aligns two claims as facts by their content keys, then compares them slot by slot.</summary>
/// <remarks>
/// Thread-safe and deterministic. Alignment score = 0.55·Dice + 0.45·containment over weighted content keys
/// (lemmas through the lexicon, actor and place ids, measure keys). Then slots: quantities of the same unit or
/// counted noun (interval overlap), ordinals, dates (range overlap; relative dates are weak evidence), places,
/// stance (polarity × modality), and the person in a leading role. A clash on a slot of the same fact is a
/// conflict, unless the two claims are positions of different parties (then it is <c>Disputed</c>); counts of
/// different things are a partial match.
/// </remarks>
public sealed partial class SlotComparer : ICorpusAwareComparer
{
    /// <summary>Alignment score from which two claims are related (a partial match at least).</summary>
    public const double RelatedThreshold = 0.36;

    /// <summary>Alignment score from which two items of enumerations (short claims) line up.</summary>
    public const double ItemThreshold = 0.3;

    /// <summary>Alignment score from which two claims state the same fact.</summary>
    public const double SameFactThreshold = 0.5;

    private readonly Knowledge _knowledge;
    private readonly KeyWeights _weights;
    private readonly IReadOnlyDictionary<string, Claim> _byId;
    private readonly Dictionary<Claim, KeyVector>? _vectors;

    private const string NoSharedFact = "No shared fact: the two claims' content keys barely overlap.";

    /// <summary>Creates a comparer over the built-in tables.</summary>
    public SlotComparer() : this(Knowledge.BuiltIn) { }

    /// <summary>Creates a comparer over the given tables.</summary>
    /// <param name="knowledge">Alias tables and lexicon.</param>
    public SlotComparer(Knowledge knowledge) : this(knowledge, KeyWeights.Prior, new Dictionary<string, Claim>()) { }

    private SlotComparer(Knowledge knowledge, KeyWeights weights, IReadOnlyDictionary<string, Claim> byId, IReadOnlyList<Claim>? claims = null)
    {
        _knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
        _weights = weights;
        _byId = byId;
        if (claims is not null)
        {
            // one weighted, sorted key vector per claim, so that comparing a pair allocates nothing
            _vectors = new Dictionary<Claim, KeyVector>(claims.Count, ReferenceEqualityComparer.Instance);
            foreach (var c in claims) _vectors[c] = BuildVector(c.Keys, weights);
        }
    }

    /// <inheritdoc />
    public IClaimComparer ForCorpus(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in claims) byId[c.Id] = c;
        return new SlotComparer(_knowledge, KeyWeights.FromClaims(claims), byId, claims);
    }

    /// <summary>The alignment score of two claims' content keys, from 0 to 1.</summary>
    /// <param name="a">The first claim.</param>
    /// <param name="b">The second claim.</param>
    /// <returns>The score.</returns>
    public double Score(Claim a, Claim b) => Similarity(Vector(a), Vector(b), null, out _, out _, out _, out _);

    /// <inheritdoc />
    public ClaimComparison Compare(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var va = Vector(a);
        var vb = Vector(b);
        double score = Similarity(va, vb, null, out _, out _, out _, out _);

        // Enumerations are compared through their items too: "four agreements" and "a three-stage plan" meet on the plan.
        string? itemNote = null;
        bool countsDiffer = false;
        var ca = MainCount(a);
        var cb = MainCount(b);
        if (ca is not null && cb is not null && ca.Counted != cb.Counted && (a.Items.Length > 0 || b.Items.Length > 0 || a.Kind == ClaimKind.Enumeration && b.Kind == ClaimKind.Enumeration))
        {
            var (itemScore, note) = AlignItems(a, b);
            if (itemScore > score)
            {
                score = Math.Max(score, Math.Min(itemScore, SameFactThreshold - 0.01));
                itemNote = note;
            }
            countsDiffer = true;
        }

        if (score < RelatedThreshold && itemNote is null && !RoleAnchor(a, b))
            return new ClaimComparison(PairVerdict.Unrelated, Round(score), Round(1 - score), null, ImmutableArray<SlotComparison>.Empty, NoSharedFact);

        var shared = new List<string>();
        Similarity(va, vb, shared, out _, out _, out _, out _);
        shared.Sort(StringComparer.Ordinal);
        var slots = new List<SlotComparison>();
        string la = Label(a), lb = Label(b);

        // two claims naming only different actors are about different events, whatever their numbers
        bool otherActors = ActorsDisjoint(a, b);
        bool anchored = !otherActors && MeasureAnchor(a, b, shared);
        bool roleAnchored = RoleAnchor(a, b);
        bool sameFact = score >= SameFactThreshold || (anchored && score >= RelatedThreshold) || (roleAnchored && score >= 0.15);

        CompareQuantities(a, b, la, lb, slots, ref countsDiffer);
        CompareTimes(a, b, la, lb, slots);
        ComparePlaces(a, b, la, lb, slots);
        CompareStance(a, b, la, lb, slots, score);
        CompareLeaders(a, b, la, lb, slots);

        SlotComparison? strongClash = slots.FirstOrDefault(s => s.Outcome == SlotOutcome.Clash && !s.Weak);
        SlotComparison? weakClash = slots.FirstOrDefault(s => s.Outcome == SlotOutcome.Clash && s.Weak);
        bool strongMatch = slots.Any(s => s.Outcome == SlotOutcome.Match && !s.Weak && s.Slot != "actors");

        var sharedNote = SharedNote(shared);
        if (itemNote is not null) slots.Insert(0, new SlotComparison("items", SlotOutcome.Match, itemNote));
        if (countsDiffer && ca is not null && cb is not null)
            slots.Insert(0, new SlotComparison("count", SlotOutcome.Different,
                $"{Qty(ca)} ({la}) and {Qty(cb)} ({lb}) count different things: not comparable as numbers"));

        PairVerdict verdict;
        double confidence;
        ConflictType? type = null;
        bool disputed = false;
        // Claims naming only different actors whose values clash ("prices in Uzbekistan rose 54 %" vs "prices in the United
        // States rose 43 %") are two facts, not one fact told two ways: no conflict, and no agreement either, at most
        // related. (Place and date clashing together are still one fact reported two ways: a planted "talks in Jeddah on
        // Monday" contradicts "talks in Riyadh on Tuesday".)
        if (otherActors && !roleAnchored && (strongClash is not null || weakClash is not null))
        {
            strongClash = null;
            weakClash = null;
            sameFact = false;
            slots.Insert(0, new SlotComparison("actors", SlotOutcome.Different, $"{la} and {lb} speak of different actors: two facts, not one"));
        }

        if (sameFact && strongClash is not null)
        {
            verdict = PairVerdict.Conflict;
            type = TypeOf(strongClash.Slot);
            confidence = 0.55 + 0.4 * Math.Min(1, score);
            if (a.Modality is Modality.Likely or Modality.Unlikely || b.Modality is Modality.Likely or Modality.Unlikely) confidence *= 0.85;
            disputed = DifferentHolders(a, b);
        }
        else if (sameFact && weakClash is not null && !strongMatch && !countsDiffer)
        {
            verdict = PairVerdict.Conflict;
            type = TypeOf(weakClash.Slot);
            confidence = 0.25;
            disputed = DifferentHolders(a, b);
        }
        else if (countsDiffer)
        {
            verdict = PairVerdict.Partial;
            confidence = 0.5 + 0.3 * score;
        }
        else if (sameFact)
        {
            verdict = PairVerdict.Agree;
            confidence = Math.Min(0.97, 0.45 + 0.5 * score + (strongMatch ? 0.1 : 0));
        }
        else
        {
            verdict = PairVerdict.Partial;
            confidence = 0.3 + 0.4 * score;
        }

        var explanation = Explain(verdict, type, disputed, score, sharedNote, slots, la, lb, a, b);
        return new ClaimComparison(verdict, Round(score), Round(confidence), type, slots.ToImmutableArray(), explanation, disputed);
    }

    private static double Round(double v) => Math.Round(v, 3);

    private static string Label(Claim c) => c.SourceId;

    private static ConflictType TypeOf(string slot) => slot switch
    {
        "date" => ConflictType.Date,
        "place" => ConflictType.Place,
        "polarity" => ConflictType.Polarity,
        "modality" => ConflictType.Modality,
        "leader" => ConflictType.Actor,
        "ordinal" => ConflictType.Ordinal,
        _ => ConflictType.Number,
    };

    // ---- alignment -------------------------------------------------------------------------------------------

    /// <summary>A claim's content keys with their weights, sorted by key, built once per claim in a cross-check.</summary>
    /// <remarks>Invariant: <see cref="Keys"/> is sorted ordinally and distinct; <see cref="Sum"/> is the sum of <see cref="Weights"/>.</remarks>
    private sealed class KeyVector
    {
        public KeyVector(string[] keys, double[] weights)
        {
            Keys = keys;
            Weights = weights;
            foreach (var w in weights) Sum += w;
            foreach (var k in keys)
                if (k.StartsWith("person:", StringComparison.Ordinal) || k.StartsWith("org:", StringComparison.Ordinal)) { HasNames = true; break; }
        }

        public string[] Keys { get; }
        public double[] Weights { get; }
        public double Sum { get; }
        public bool HasNames { get; }
    }

    private KeyVector Vector(Claim c) =>
        _vectors is not null && _vectors.TryGetValue(c, out var v) ? v : BuildVector(c.Keys, _weights);

    private static KeyVector BuildVector(ImmutableArray<string> keys, KeyWeights weights)
    {
        if (keys.IsDefaultOrEmpty) return new KeyVector(Array.Empty<string>(), Array.Empty<double>());
        var d = new Dictionary<string, double>(keys.Length, StringComparer.Ordinal);
        foreach (var k in keys)
        {
            var b = KeyWeights.Base(k);
            double w = weights.Weight(k);
            if (!d.TryGetValue(b, out var old) || old < w) d[b] = w;
        }
        var sorted = d.Keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var ws = new double[sorted.Length];
        for (int i = 0; i < sorted.Length; i++) ws[i] = d[sorted[i]];
        return new KeyVector(sorted, ws);
    }

    private double Similarity(ImmutableArray<string> ka, ImmutableArray<string> kb, out List<string> shared) =>
        Similarity(BuildVector(ka, _weights), BuildVector(kb, _weights), shared = new List<string>(), out _, out _, out _, out _);

    private double Similarity(ImmutableArray<string> ka, ImmutableArray<string> kb, out List<string> shared,
        out double dice, out double containment, out double extraA, out double extraB) =>
        Similarity(BuildVector(ka, _weights), BuildVector(kb, _weights), shared = new List<string>(), out dice, out containment, out extraA, out extraB);

    /// <summary>
    /// Weighted key overlap by a merge over the two sorted vectors: no allocation unless <paramref name="shared"/> is
    /// wanted. People match through <see cref="ActorMatcher"/>, organisations through their affiliation.
    /// </summary>
    private double Similarity(KeyVector va, KeyVector vb, List<string>? shared,
        out double dice, out double containment, out double extraA, out double extraB)
    {
        dice = containment = 0;
        extraA = extraB = 1;
        var ka = va.Keys;
        var kb = vb.Keys;
        if (ka.Length == 0 || kb.Length == 0) return 0;
        double total = 0;
        int i = 0, j = 0;
        while (i < ka.Length)
        {
            int c = j < kb.Length ? string.CompareOrdinal(ka[i], kb[j]) : -1;
            if (c > 0) { j++; continue; }
            double other = 0;
            if (c == 0) { other = vb.Weights[j]; j++; }
            else if (vb.HasNames) other = FuzzyWeight(ka[i], vb);
            if (other > 0)
            {
                total += Math.Min(va.Weights[i], other);
                if (shared is not null && !ka[i].StartsWith('#') && !ka[i].StartsWith("ord:", StringComparison.Ordinal)) shared.Add(ka[i]);
            }
            i++;
        }
        double sumA = va.Sum, sumB = vb.Sum;
        if (sumA <= 0 || sumB <= 0) return 0;
        dice = 2 * total / (sumA + sumB);
        containment = total / Math.Min(sumA, sumB);
        extraA = Math.Max(0, 1 - total / sumA);
        extraB = Math.Max(0, 1 - total / sumB);
        // a very short claim is contained in anything: temper containment when the shorter side holds little
        double smaller = Math.Min(sumA, sumB);
        if (smaller < 2.5) containment *= smaller / 2.5;
        return Math.Min(1, 0.55 * dice + 0.45 * containment);
    }

    /// <summary>The weight of the first key of <paramref name="vb"/> naming the same person or body as <paramref name="k"/>, or 0.</summary>
    private double FuzzyWeight(string k, KeyVector vb)
    {
        bool person = k.StartsWith("person:", StringComparison.Ordinal);
        bool org = !person && k.StartsWith("org:", StringComparison.Ordinal);
        if (!person && !org) return 0;
        for (int j = 0; j < vb.Keys.Length; j++)
        {
            var k2 = vb.Keys[j];
            if (person && k2.StartsWith("person:", StringComparison.Ordinal) && ActorMatcher.Same(k, k2)) return vb.Weights[j];
            // an organisation matches the body it belongs to ("EU backers" ~ "European allies")
            if (org && k2.StartsWith("org:", StringComparison.Ordinal) && (Affiliation(k) == k2 || Affiliation(k2) == k)) return vb.Weights[j];
        }
        return 0;
    }

    private string? Affiliation(string actorId) =>
        _knowledge.Aliases.ActorsById.TryGetValue(actorId, out var e) ? e.Affiliation : null;

    /// <summary>Whether both claims name actors (other than their speakers) and none of them is shared.</summary>
    private static bool ActorsDisjoint(Claim a, Claim b)
    {
        bool anyA = false, anyB = false;
        foreach (var x in a.Actors)
        {
            if (x.Role == ActorRole.Speaker) continue;
            anyA = true;
            foreach (var y in b.Actors)
                if (y.Role != ActorRole.Speaker && ActorMatcher.Same(x.Id, y.Id)) return false;
        }
        foreach (var y in b.Actors) if (y.Role != ActorRole.Speaker) { anyB = true; break; }
        return anyA && anyB;
    }

    private bool MeasureAnchor(Claim a, Claim b, List<string> shared)
    {
        // the same kind of event: the same predicate, or any event class of the lexicon both claims name
        var events = _knowledge.Lexicon.PredicateKeys;
        bool sameEvent = a.Predicate is not null && a.Predicate == b.Predicate || shared.Any(events.Contains);
        if (!sameEvent) return false;
        foreach (var qa in a.Quantities)
            foreach (var qb in b.Quantities)
                if (SameDimension(qa, qb) && !IsReference(a, qa) && !IsReference(b, qb)) return true;
        return false;
    }

    private static Quantity? MainCount(Claim c) =>
        c.Quantities.FirstOrDefault(q => q.Kind == QuantityKind.Count && q.Counted is not null && !IsReference(c, q));

    /// <summary>"the two sides", "both delegations": a reference to known things, not a count claim.</summary>
    private static bool IsReference(Claim c, Quantity q)
    {
        int rel = q.Span.Start - c.Span.Start;
        if (rel < 0) return false;
        var before = c.Text.AsSpan(0, Math.Min(rel, c.Text.Length)).TrimEnd();
        return before.EndsWith("the", StringComparison.OrdinalIgnoreCase) || before.EndsWith("these", StringComparison.OrdinalIgnoreCase)
               || before.EndsWith("those", StringComparison.OrdinalIgnoreCase) || before.EndsWith("both", StringComparison.OrdinalIgnoreCase)
               || before.EndsWith("all", StringComparison.OrdinalIgnoreCase);
    }

    private (double Score, string? Note) AlignItems(Claim a, Claim b)
    {
        var left = new List<Claim> { a };
        left.AddRange(a.Items.Select(id => _byId.TryGetValue(id, out var c) ? c : null).OfType<Claim>());
        var right = new List<Claim> { b };
        right.AddRange(b.Items.Select(id => _byId.TryGetValue(id, out var c) ? c : null).OfType<Claim>());
        double best = 0;
        var matches = new List<string>();
        var matchedLeft = new HashSet<string>(StringComparer.Ordinal);
        var matchedRight = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in left)
            foreach (var y in right)
            {
                if (ReferenceEquals(x, a) && ReferenceEquals(y, b)) continue;
                double s = Similarity(x.Keys, y.Keys, out _);
                if (s >= ItemThreshold)
                {
                    matches.Add($"“{Clip(x.Text)}” ~ “{Clip(y.Text)}”");
                    matchedLeft.Add(x.Id);
                    matchedRight.Add(y.Id);
                }
                best = Math.Max(best, s);
            }
        if (matches.Count == 0) return (best, null);
        var addsA = left.Skip(1).Where(x => !matchedLeft.Contains(x.Id)).Select(x => $"“{Clip(x.Text)}”").ToList();
        var addsB = right.Skip(1).Where(x => !matchedRight.Contains(x.Id)).Select(x => $"“{Clip(x.Text)}”").ToList();
        var sb = new StringBuilder("overlap: ").Append(string.Join("; ", matches));
        if (addsA.Count > 0) sb.Append($"; {a.SourceId} adds ").Append(string.Join(", ", addsA));
        if (addsB.Count > 0) sb.Append($"; {b.SourceId} adds ").Append(string.Join(", ", addsB));
        return (best, sb.ToString());
    }

    private static string Clip(string s) => s.Length <= 70 ? s : s[..69] + "…";

    // ---- slots -----------------------------------------------------------------------------------------------

    private static bool SameDimension(Quantity x, Quantity y)
    {
        if (x.Kind != y.Kind) return false;
        return x.Kind switch
        {
            QuantityKind.Duration => HoursPer(x.Unit) > 0 && HoursPer(y.Unit) > 0,
            QuantityKind.Money or QuantityKind.Percent => x.Unit == y.Unit,
            QuantityKind.Count => x.Counted is not null && x.Counted == y.Counted,
            QuantityKind.Ordinal => x.Counted == y.Counted,
            _ => x.Unit is not null && x.Unit == y.Unit && x.Counted == y.Counted,
        };
    }

    private static string Qty(Quantity q)
    {
        string unit = q.Kind switch
        {
            QuantityKind.Duration => " " + (q.Unit ?? ""),
            QuantityKind.Percent => " %",
            QuantityKind.Money => " " + (q.Unit ?? ""),
            _ => q.Counted is null ? "" : " " + q.Counted,
        };
        return q.Value + unit;
    }

    /// <summary>
    /// The values a quantity allows once its wording is taken into account: hedged values ±10 %, and round
    /// numbers ±half their last significant digit ("$65 billion" covers 64.7 billion, "300 people" covers 296).
    /// </summary>
    /// <summary>Hours in one unit of a duration, or 0 for an unknown unit.</summary>
    private static double HoursPer(string? unit) => unit switch
    {
        "second" => 1 / 3600.0,
        "minute" => 1 / 60.0,
        "hour" => 1,
        "day" => 24,
        "week" => 168,
        "month" => 730.5,
        "year" => 8766,
        "decade" => 87660,
        _ => 0,
    };

    /// <summary>A duration in hours, so that "90 minutes" and "four and a half hours" compare.</summary>
    private static Interval InHours(Interval v, string? unit)
    {
        double f = HoursPer(unit);
        return new Interval(v.Min * f, v.Max * f, v.MinInclusive, v.MaxInclusive);
    }

    private static Interval Tolerance(Quantity q)
    {
        var v = ToleranceRaw(q);
        return q.Kind == QuantityKind.Duration ? InHours(v, q.Unit) : v;
    }

    private static Interval ToleranceRaw(Quantity q)
    {
        var v = q.Approximate ? q.Value.Widen(0.1) : q.Value;
        if (!q.Value.IsPoint || q.Kind == QuantityKind.Ordinal) return v;
        double x = Math.Abs(q.Value.Min);
        if (x < 10 || double.IsInfinity(x) || x > 1e15 || x != Math.Floor(x)) return v;
        double unit = 1;
        while (unit * 10 <= x && x % (unit * 10) == 0) unit *= 10;
        if (unit < 10) return v;
        return new Interval(Math.Min(v.Min, q.Value.Min - unit / 2), Math.Max(v.Max, q.Value.Max + unit / 2));
    }

    private static void CompareQuantities(Claim a, Claim b, string la, string lb, List<SlotComparison> slots, ref bool countsDiffer)
    {
        foreach (var qa in a.Quantities)
        {
            foreach (var qb in b.Quantities)
            {
                if (!SameDimension(qa, qb)) continue;
                if (IsReference(a, qa) && IsReference(b, qb)) continue;
                string slot = qa.Kind switch
                {
                    QuantityKind.Duration => "duration",
                    QuantityKind.Ordinal => "ordinal",
                    QuantityKind.Money => "amount",
                    QuantityKind.Percent => "percent",
                    _ => "count:" + (qa.Counted ?? qa.Unit ?? "value"),
                };
                var va = Tolerance(qa);
                var vb = Tolerance(qb);
                bool weak = qa.Approximate && qb.Approximate;
                if (va.Overlaps(vb))
                {
                    string rel = va.Contains(vb) ? $"{Qty(qb)} ({lb}) lies within {Qty(qa)} ({la})"
                        : vb.Contains(va) ? $"{Qty(qa)} ({la}) lies within {Qty(qb)} ({lb})"
                        : $"{Qty(qa)} ({la}) and {Qty(qb)} ({lb}) overlap";
                    slots.Add(new SlotComparison(slot, SlotOutcome.Match, rel));
                }
                else
                {
                    slots.Add(new SlotComparison(slot, SlotOutcome.Clash, $"{Qty(qa)} ({la}) and {Qty(qb)} ({lb}) do not overlap", weak));
                }
                return;
            }
        }
    }

    private static void CompareTimes(Claim a, Claim b, string la, string lb, List<SlotComparison> slots)
    {
        TimeExpression? clashA = null, clashB = null;
        foreach (var ta in a.Times)
        {
            foreach (var tb in b.Times)
            {
                bool dayA = ta.To.DayNumber - ta.From.DayNumber <= 31, dayB = tb.To.DayNumber - tb.From.DayNumber <= 31;
                if (ta.Overlaps(tb))
                {
                    if (!dayA && !dayB) continue; // two years agreeing says little
                    slots.Add(new SlotComparison("date", SlotOutcome.Match, $"{Range(ta)} ({la}) and {Range(tb)} ({lb}) overlap", ta.IsRelative || tb.IsRelative));
                    return;
                }
                if (dayA && dayB && clashA is null) { clashA = ta; clashB = tb; }
            }
        }
        if (clashA is not null && clashB is not null)
        {
            bool weak = clashA.IsRelative || clashB.IsRelative;
            string why = weak ? " — rests on resolving a relative date against the dateline" : "";
            slots.Add(new SlotComparison("date", SlotOutcome.Clash, $"{Range(clashA)} ({la}) and {Range(clashB)} ({lb}) do not overlap{why}", weak));
        }
    }

    private static string Range(TimeExpression t)
    {
        string f = t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string r = f == to ? f : $"{f}..{to}";
        return t.IsRelative ? $"“{t.Text}” = {r}" : $"“{t.Text}” = {r}";
    }

    private void ComparePlaces(Claim a, Claim b, string la, string lb, List<SlotComparison> slots)
    {
        if (a.Places.IsEmpty || b.Places.IsEmpty) return;
        var aliases = _knowledge.Aliases;
        string Country(string id) => aliases.PlacesById.TryGetValue(id, out var p) && p.Country is { } c ? c : id;
        bool City(string id) => aliases.PlacesById.TryGetValue(id, out var p) && p.Country is not null && "place:" + p.Country[8..] != id;
        foreach (var pa in a.Places)
            foreach (var pb in b.Places)
            {
                if (pa.Id == pb.Id || (!City(pa.Id) || !City(pb.Id)) && Country(pa.Id) == Country(pb.Id))
                {
                    slots.Add(new SlotComparison("place", SlotOutcome.Match, $"{pa.Text} ({la}) and {pb.Text} ({lb}) agree"));
                    return;
                }
            }
        var x = a.Places[0];
        var y = b.Places[0];
        if (City(x.Id) && City(y.Id) && a.Places.Length == 1 && b.Places.Length == 1)
            slots.Add(new SlotComparison("place", SlotOutcome.Clash, $"{x.Text} ({la}) is not {y.Text} ({lb})", Weak: true));
    }

    private static void CompareStance(Claim a, Claim b, string la, string lb, List<SlotComparison> slots, double score)
    {
        double? sa = StanceAnalyzer.Value(a.Polarity, a.Modality), sb = StanceAnalyzer.Value(b.Polarity, b.Modality);
        string Describe(Claim c) => c.Modality == Modality.Asserted
            ? (c.Polarity == Polarity.Affirmed ? "affirmed" : "negated")
            : (c.Polarity == Polarity.Affirmed ? "" : "not ") + c.Modality.ToString().ToLowerInvariant();
        if (sa is { } x && sb is { } y)
        {
            if (Math.Sign(x) != Math.Sign(y) && Math.Abs(x) >= 0.7 && Math.Abs(y) >= 0.7)
            {
                bool modal = a.Modality != Modality.Asserted || b.Modality != Modality.Asserted;
                // polarity read off a long sentence is noisy: the negation must fall on an event both claims state
                if (!modal && NegatedSharedPredicate(a, b) is null) return;
                slots.Add(new SlotComparison(modal ? "modality" : "polarity", SlotOutcome.Clash,
                    $"{Describe(a)} ({la}) against {Describe(b)} ({lb})"));
            }
            else if (a.Modality != Modality.Asserted || b.Modality != Modality.Asserted || a.Polarity == Polarity.Negated)
            {
                slots.Add(new SlotComparison(a.Modality is Modality.Likely or Modality.Unlikely ? "modality" : "polarity", SlotOutcome.Match,
                    $"{Describe(a)} ({la}) and {Describe(b)} ({lb}) carry the same stance"));
            }
        }
        else if (a.Modality == b.Modality && a.Polarity != b.Polarity && NegatedSharedPredicate(a, b) is not null)
        {
            slots.Add(new SlotComparison("polarity", SlotOutcome.Clash, $"{Describe(a)} ({la}) against {Describe(b)} ({lb})"));
        }
    }

    /// <summary>Both claims say who leads the same delegation or organisation: the same fact, whatever else they say.</summary>
    private bool RoleAnchor(Claim a, Claim b)
    {
        if (a.Predicate != "lead" || b.Predicate != "lead") return false;
        var ea = LedEntity(a);
        var eb = LedEntity(b);
        return ea.Count > 0 && eb.Count > 0 && ea.Overlaps(eb);
    }

    /// <summary>An event both claims state, denied by exactly one of them ("was invited" / "was not invited").</summary>
    private static string? NegatedSharedPredicate(Claim a, Claim b)
    {
        foreach (var k in a.Keys)
        {
            if (!k.StartsWith("not:", StringComparison.Ordinal)) continue;
            string p = k[4..];
            if (b.Keys.Contains(p) && !b.Keys.Contains(k)) return p;
        }
        foreach (var k in b.Keys)
        {
            if (!k.StartsWith("not:", StringComparison.Ordinal)) continue;
            string p = k[4..];
            if (a.Keys.Contains(p) && !a.Keys.Contains(k)) return p;
        }
        return null;
    }

    private void CompareLeaders(Claim a, Claim b, string la, string lb, List<SlotComparison> slots)
    {
        if (!RoleAnchor(a, b)) return;
        var pa = a.Actors.Where(x => x.Kind == ActorKind.Person && x.Role != ActorRole.Speaker).ToList();
        var pb = b.Actors.Where(x => x.Kind == ActorKind.Person && x.Role != ActorRole.Speaker).ToList();
        if (pa.Count == 0 || pb.Count == 0) return;
        var common = pa.FirstOrDefault(x => pb.Any(y => ActorMatcher.Same(x.Id, y.Id)));
        if (common is not null)
            slots.Add(new SlotComparison("leader", SlotOutcome.Match, $"{common.Text} leads in both ({la}, {lb})"));
        else
            slots.Add(new SlotComparison("leader", SlotOutcome.Clash,
                $"{string.Join(", ", pa.Select(x => x.Text))} ({la}) against {string.Join(", ", pb.Select(x => x.Text))} ({lb}) in the same role"));
    }

    /// <summary>What a "lead" claim says is led: its organisations, else a delegation of the sides of its countries and people.</summary>
    private HashSet<string> LedEntity(Claim c)
    {
        var orgs = c.Actors.Where(x => x.Kind == ActorKind.Organization && x.Role != ActorRole.Speaker).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        if (orgs.Count > 0) return orgs;
        // "taking the lead in pushing for a ceasefire" leads nothing: only a delegation or team has a leader to compare
        if (!c.Keys.Contains("team")) return new HashSet<string>(StringComparer.Ordinal);
        var sides = c.Actors.Where(x => x.Kind == ActorKind.Country && x.Role != ActorRole.Speaker).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        if (sides.Count > 0) return sides;
        foreach (var p in c.Actors.Where(x => x.Kind == ActorKind.Person))
            if (_knowledge.Aliases.SideOf(p.Id) is { } s) sides.Add(s);
        return sides;
    }

    /// <summary>Whether the two claims are positions of different parties: then a clash is between actors, not sources.</summary>
    private bool DifferentHolders(Claim a, Claim b)
    {
        string? ha = Holder(a), hb = Holder(b);
        if (ha is null || hb is null) return false;
        if (ActorMatcher.Same(ha, hb)) return false;
        string? sa = _knowledge.Aliases.SideOf(ha) ?? ha, sb = _knowledge.Aliases.SideOf(hb) ?? hb;
        return sa != sb;
    }

    private static readonly HashSet<string> PositionPredicates = new(StringComparer.Ordinal) { "demand", "reject", "propose", "recognize" };

    private static string? Holder(Claim c)
    {
        if (c.Attribution is { } at && !at.Id.StartsWith("speaker:", StringComparison.Ordinal)) return at.Id;
        // a demand, a proposal, a rejection or "ruling out" (a denied proposal) is a party's position
        if (c.Modality == Modality.Demanded || (c.Predicate is not null && PositionPredicates.Contains(c.Predicate))
            || c.Keys.Any(k => PositionPredicates.Contains(k.StartsWith("not:", StringComparison.Ordinal) ? k[4..] : k)))
            return c.Actors.FirstOrDefault(x => x.Role is ActorRole.Agent or ActorRole.Mentioned)?.Id;
        return null;
    }

    // ---- explanation -----------------------------------------------------------------------------------------

    private static string SharedNote(List<string> shared)
    {
        if (shared.Count == 0) return "";
        var shown = shared.Take(8).Select(k => k.StartsWith("not:", StringComparison.Ordinal) ? "not " + k[4..] : k.Contains(':') ? k[(k.IndexOf(':') + 1)..] : k);
        return "shared: " + string.Join(", ", shown);
    }

    private static string Explain(PairVerdict verdict, ConflictType? type, bool disputed, double score, string sharedNote,
        List<SlotComparison> slots, string la, string lb, Claim a, Claim b)
    {
        var sb = new StringBuilder();
        string align = score.ToString("0.00", CultureInfo.InvariantCulture);
        switch (verdict)
        {
            case PairVerdict.Conflict when disputed:
                sb.Append($"Different parties take opposite positions (not a conflict between the sources): {Holder(a)} ({la}) vs {Holder(b)} ({lb}). ");
                break;
            case PairVerdict.Conflict:
                sb.Append($"Same fact, {type?.ToString().ToLowerInvariant()} conflict. ");
                break;
            case PairVerdict.Agree:
                sb.Append("Same fact, compatible slots. ");
                break;
            case PairVerdict.Partial:
                sb.Append("Same topic, different scope or framing. ");
                break;
        }
        foreach (var s in slots)
        {
            string outcome = s.Outcome switch { SlotOutcome.Match => "matches", SlotOutcome.Clash => "clashes", _ => "differs" };
            sb.Append($"{s.Slot} {outcome}: {s.Note}{(s.Weak ? " (weak evidence)" : "")}. ");
        }
        if (sharedNote.Length > 0) sb.Append(sharedNote).Append(". ");
        sb.Append($"Alignment {align}.");
        if (verdict == PairVerdict.Conflict && slots.All(s => s.Outcome != SlotOutcome.Clash || s.Weak))
            sb.Append(" Low confidence: the clash rests only on weak evidence.");
        return sb.ToString();
    }
}
