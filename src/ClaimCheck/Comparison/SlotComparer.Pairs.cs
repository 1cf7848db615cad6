using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Extraction;
using FuzzySharp;

namespace ClaimCheck.Comparison;

public sealed partial class SlotComparer
{
    /// <summary>Compares two free-standing statements (each one or more claims) and weighs the evidence with <see cref="PairModel"/>.</summary>
    /// <param name="a">The claims of the first statement.</param>
    /// <param name="b">The claims of the second statement.</param>
    /// <param name="textA">The first statement's text.</param>
    /// <param name="textB">The second statement's text.</param>
    /// <returns>The verdict, score, confidence and explanation.</returns>
    public ClaimComparison ComparePair(IReadOnlyList<Claim> a, IReadOnlyList<Claim> b, string textA, string textB)
    {
        var (rule, x) = PairEvidence(a, b, textA, textB);
        var (pa, pc, po) = PairModel.Predict(x);
        PairVerdict verdict;
        double confidence;
        // A decisive slot (a number, date, leader or stance that clashes or matches on the same fact) is the
        // engine's own verdict, as in a cross-check; the learned weighing decides only where no slot does.
        bool decisiveClash = rule.Verdict == PairVerdict.Conflict && !rule.Disputed && rule.Slots.Any(s => s.Outcome == SlotOutcome.Clash && !s.Weak && s.Slot != "polarity");
        bool decisiveMatch = rule.Verdict == PairVerdict.Agree && rule.Slots.Any(s => s.Outcome == SlotOutcome.Match && !s.Weak && (IsQuantitySlot(s.Slot) || s.Slot is "date" or "leader" or "modality"));
        if (decisiveClash) { verdict = PairVerdict.Conflict; confidence = Math.Max(rule.Confidence, pc); }
        else if (decisiveMatch && po < 0.6) { verdict = PairVerdict.Agree; confidence = Math.Max(rule.Confidence, pa); }
        else if (pc >= pa && pc >= po) { verdict = PairVerdict.Conflict; confidence = pc; }
        else if (pa >= po) { verdict = PairVerdict.Agree; confidence = pa; }
        else
        {
            verdict = x[2] >= RelatedThreshold ? PairVerdict.Partial : PairVerdict.Unrelated;
            confidence = po;
        }
        var type = verdict == PairVerdict.Conflict ? rule.ConflictType ?? (x[9] > 0 ? ConflictType.Polarity : x[7] > 0 ? ConflictType.Polarity : null) : null;
        string lead = verdict switch
        {
            PairVerdict.Agree => "Same fact, compatible slots.",
            PairVerdict.Conflict => $"Same fact, {(type?.ToString().ToLowerInvariant() ?? "stance")} conflict.",
            PairVerdict.Partial => "Related, but each side says something the other does not.",
            _ => "No shared fact.",
        };
        var notes = new List<string> { lead };
        foreach (var s in rule.Slots) notes.Add($"{s.Slot} {(s.Outcome == SlotOutcome.Match ? "matches" : s.Outcome == SlotOutcome.Clash ? "clashes" : "differs")}: {s.Note}.");
        if (x[9] > 0) notes.Add("an antonym pair separates the two statements.");
        if (x[7] > 0 && rule.Slots.All(s => s.Slot != "polarity")) notes.Add("exactly one statement is negated.");
        notes.Add($"Alignment {x[2].ToString("0.00", CultureInfo.InvariantCulture)} (best claim pair {x[1].ToString("0.00", CultureInfo.InvariantCulture)}), token-set {Math.Round(x[15] * 100).ToString(CultureInfo.InvariantCulture)}; p(agree/conflict/other) = {pa.ToString("0.00", CultureInfo.InvariantCulture)}/{pc.ToString("0.00", CultureInfo.InvariantCulture)}/{po.ToString("0.00", CultureInfo.InvariantCulture)}.");
        return new ClaimComparison(verdict, Math.Round(x[2], 3), Math.Round(confidence, 3), type, rule.Slots, string.Join(" ", notes));
    }

    /// <summary>The evidence vector of a statement pair, in <see cref="PairModel.FeatureNames"/> order, and the best claim pair's rule verdict.</summary>
    internal (ClaimComparison Rule, double[] Features) PairEvidence(IReadOnlyList<Claim> a, IReadOnlyList<Claim> b, string textA, string textB)
    {
        var x = new double[PairModel.FeatureNames.Length];
        x[0] = 1;
        ClaimComparison? best = null;
        foreach (var ca in a)
            foreach (var cb in b)
            {
                var r = Compare(ca, cb);
                if (best is null || r.Score > best.Score || (r.Score == best.Score && r.Verdict == PairVerdict.Conflict)) best = r;
            }
        best ??= new ClaimComparison(PairVerdict.Unrelated, 0, 1, null, ImmutableArray<SlotComparison>.Empty, "one of the statements holds no claim");

        var ka = Union(a);
        var kb = Union(b);
        double whole = Similarity(ka, kb, out _, out double dice, out double containment, out double extraA, out double extraB);
        bool negA = a.Any(c => c.Polarity == Polarity.Negated), negB = b.Any(c => c.Polarity == Polarity.Negated);
        var lexicon = _knowledge.Lexicon;
        bool antonym = false;
        foreach (var p in ka)
        {
            if (kb.Contains(p)) continue;
            foreach (var q in kb)
                if (!ka.Contains(q) && lexicon.AreAntonyms(KeyWeights.Base(p), KeyWeights.Base(q))) { antonym = true; break; }
            if (antonym) break;
        }
        var (hedgeA, denyA, lenA) = Cues(textA);
        var (hedgeB, denyB, lenB) = Cues(textB);
        string na = textA.ToLowerInvariant(), nb = textB.ToLowerInvariant();

        x[1] = best.Score;
        x[2] = whole;
        x[3] = dice;
        x[4] = containment;
        x[5] = Math.Min(extraA, extraB);
        x[6] = Math.Max(extraA, extraB);
        x[7] = negA != negB ? 1 : 0;
        x[8] = best.Slots.Any(s => s.Slot == "polarity" && s.Outcome == SlotOutcome.Clash) ? 1 : 0;
        x[9] = antonym ? 1 : 0;
        x[10] = best.Slots.Any(s => IsQuantitySlot(s.Slot) && s.Outcome == SlotOutcome.Clash) ? 1 : 0;
        x[11] = best.Slots.Any(s => IsQuantitySlot(s.Slot) && s.Outcome == SlotOutcome.Match) ? 1 : 0;
        x[12] = best.Slots.Any(s => s.Slot == "date" && s.Outcome == SlotOutcome.Clash) ? 1 : 0;
        x[13] = best.Slots.Any(s => s.Slot == "date" && s.Outcome == SlotOutcome.Match) ? 1 : 0;
        x[14] = best.Slots.Any(s => s.Slot == "modality" && s.Outcome == SlotOutcome.Clash) ? 1 : 0;
        x[15] = Fuzz.TokenSetRatio(na, nb) / 100.0;
        x[16] = Fuzz.TokenSortRatio(na, nb) / 100.0;
        x[17] = Math.Log(1 + Math.Min(lenA, lenB)) / 4;
        x[18] = Math.Max(lenA, lenB) == 0 ? 0 : (double)Math.Min(lenA, lenB) / Math.Max(lenA, lenB);
        x[19] = x[7] * whole;
        x[20] = x[9] * whole;
        x[21] = whole * whole;
        x[22] = best.Verdict == PairVerdict.Conflict && !best.Disputed ? 1 : 0;
        x[23] = best.Verdict == PairVerdict.Agree ? 1 : 0;
        x[24] = Math.Max(hedgeA, hedgeB);
        x[25] = Math.Abs(hedgeA - hedgeB);
        x[26] = Math.Max(denyA, denyB);
        x[27] = Math.Abs(denyA - denyB);
        x[28] = best.Slots.Any(s => s.Slot == "leader" && s.Outcome == SlotOutcome.Clash) ? 1 : 0;
        var sa = Surface(textA);
        var sb = Surface(textB);
        x[29] = Dice(sa.Words, sb.Words);
        x[30] = Dice(sa.Bigrams, sb.Bigrams);
        bool numbers = sa.Numbers.Count > 0 || sb.Numbers.Count > 0;
        x[31] = numbers && !sa.Numbers.SetEquals(sb.Numbers) ? 1 : 0;
        x[32] = numbers && sa.Numbers.SetEquals(sb.Numbers) ? 1 : 0;
        x[33] = Dice(sa.Names, sb.Names);
        x[34] = Math.Max(lenA, lenB) == 0 ? 0 : Math.Abs(lenA - lenB) / (double)Math.Max(lenA, lenB);
        double ea = Extra(sa.Words, sb.Words), eb = Extra(sb.Words, sa.Words);
        x[35] = Math.Min(ea, eb);
        x[36] = Math.Max(ea, eb);
        x[37] = x[29] * x[29];
        x[38] = x[30] * x[30];
        x[39] = x[16] * x[16];
        x[40] = x[6] * x[6];
        return (best, x);
    }

    private sealed record SurfaceForms(HashSet<string> Words, HashSet<string> Bigrams, HashSet<string> Numbers, HashSet<string> Names);

    /// <summary>Surface evidence: content lemmas, lemma bigrams, numbers and capitalised names.</summary>
    private SurfaceForms Surface(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var stop = _knowledge.Lexicon.Stopwords;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct) { previous = null; continue; }
            if (t.Kind == TokenKind.Number) numbers.Add(t.Lower);
            if (t.Capitalized && i > 0) names.Add(t.Lower);
            if (previous is not null) bigrams.Add(previous + " " + t.Lemma);
            previous = t.Lemma;
            if (!stop.Contains(t.Lower)) words.Add(t.Lemma);
        }
        return new SurfaceForms(words, bigrams, numbers, names);
    }

    /// <summary>The share of <paramref name="a"/>'s words that <paramref name="b"/> lacks.</summary>
    private static double Extra(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0) return 0;
        int missing = 0;
        foreach (var s in a) if (!b.Contains(s)) missing++;
        return (double)missing / a.Count;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0) return 1;
        int common = 0;
        foreach (var s in a) if (b.Contains(s)) common++;
        return 2.0 * common / (a.Count + b.Count);
    }

    private static bool IsQuantitySlot(string slot) => slot is "duration" or "amount" or "percent" or "ordinal" || slot.StartsWith("count:", StringComparison.Ordinal);

    private static ImmutableArray<string> Union(IReadOnlyList<Claim> claims)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var c in claims)
            foreach (var k in c.Keys)
                if (set.Add(KeyWeights.Base(k))) list.Add(KeyWeights.Base(k));
        return list.ToImmutableArray();
    }

    private (double Hedge, double Denial, int Words) Cues(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        int hedges = 0, denials = 0, words = 0;
        var lexicon = _knowledge.Lexicon;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Punct)
            {
                if (t.IsPunct('?')) hedges++;
                continue;
            }
            words++;
            if (lexicon.Hedges.Contains(t.Lemma) || lexicon.Hedges.Contains(t.Lower)) hedges++;
            if (lexicon.Denials.Contains(t.Lemma) || lexicon.Denials.Contains(t.Lower)) denials++;
        }
        return (Math.Min(hedges, 2) / 2.0, Math.Min(denials, 2) / 2.0, words);
    }
}
