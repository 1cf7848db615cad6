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
        var (decided, byRule) = Decide(rule, x, pa, pc, po);
        PairVerdict verdict = decided == PairVerdict.Unrelated && x[2] >= RelatedThreshold ? PairVerdict.Partial : decided;
        double confidence = decided switch
        {
            PairVerdict.Conflict => byRule ? Math.Max(rule.Confidence, pc) : pc,
            PairVerdict.Agree => byRule ? Math.Max(rule.Confidence, pa) : pa,
            _ => po,
        };
        var type = verdict == PairVerdict.Conflict ? rule.ConflictType ?? (x[9] > 0 ? ConflictType.Polarity : x[7] > 0 ? ConflictType.Polarity : null) : null;
        string lead = verdict switch
        {
            PairVerdict.Agree => "Same fact, compatible slots.",
            PairVerdict.Conflict => $"Same fact, {(type?.ToString().ToLowerInvariant() ?? "stance")} conflict.",
            PairVerdict.Partial => "Related, but each side says something the other does not.",
            _ => "No shared fact.",
        };
        var notes = new List<string> { lead };
        if (a.Count == 0 || b.Count == 0) notes.Add("One of the statements holds no claim: surface evidence only.");
        foreach (var s in rule.Slots) notes.Add($"{s.Slot} {(s.Outcome == SlotOutcome.Match ? "matches" : s.Outcome == SlotOutcome.Clash ? "clashes" : "differs")}: {s.Note}.");
        if (x[9] > 0) notes.Add("an antonym pair separates the two statements.");
        if (x[7] > 0 && rule.Slots.All(s => s.Slot != "polarity")) notes.Add("exactly one statement is negated.");
        notes.Add($"Alignment {x[2].ToString("0.00", CultureInfo.InvariantCulture)} (best claim pair {x[1].ToString("0.00", CultureInfo.InvariantCulture)}), token-set {Math.Round(x[15] * 100).ToString(CultureInfo.InvariantCulture)}; p(agree/conflict/other) = {pa.ToString("0.00", CultureInfo.InvariantCulture)}/{pc.ToString("0.00", CultureInfo.InvariantCulture)}/{po.ToString("0.00", CultureInfo.InvariantCulture)}.");
        return new ClaimComparison(verdict, Math.Round(x[2], 3), Math.Round(confidence, 3), type, rule.Slots, string.Join(" ", notes));
    }

    /// <summary>
    /// The verdict on a statement pair from the best claim pair's rule verdict and the model's probabilities:
    /// <see cref="PairVerdict.Agree"/>, <see cref="PairVerdict.Conflict"/> or <see cref="PairVerdict.Unrelated"/> (other).
    /// </summary>
    internal static (PairVerdict Verdict, bool ByRule) Decide(ClaimComparison rule, ReadOnlySpan<double> x, double pa, double pc, double po) =>
        Decide(rule, x, pa, pc, po, DecisionRule.Default);

    /// <summary>When the engine's decisive slot verdict stands and when the learned weighing overrules it.</summary>
    /// <param name="ClashYield">The agree probability from which the model overrules a decisive slot clash…</param>
    /// <param name="ClashYieldLength">…provided the shorter statement is at least this long (the <c>longPair</c> feature, 0–1).</param>
    /// <param name="MatchHolds">The other probability below which a decisive slot match makes the pair agree…</param>
    /// <param name="MatchYieldsToConflict">…unless the model finds conflict the most likely.</param>
    internal readonly record struct DecisionRule(double ClashYield, double ClashYieldLength, double MatchHolds, bool MatchYieldsToConflict)
    {
        public static DecisionRule Default { get; } = new(0.5, 1, 0.6, true);
    }

    internal static (PairVerdict Verdict, bool ByRule) Decide(ClaimComparison rule, ReadOnlySpan<double> x, double pa, double pc, double po, DecisionRule d)
    {
        // A decisive slot (a number, date, leader or stance that clashes or matches on the same fact) is the
        // engine's own verdict, as in a cross-check. Only in long statements, where a clashing figure is often a
        // side detail, does a confident learned weighing overrule a clash; and a match does not hide a conflict
        // (a negation, an antonym) the weighing finds.
        bool decisiveClash = rule.Verdict == PairVerdict.Conflict && !rule.Disputed && rule.Slots.Any(s => s.Outcome == SlotOutcome.Clash && !s.Weak && s.Slot != "polarity");
        bool decisiveMatch = rule.Verdict == PairVerdict.Agree && rule.Slots.Any(s => s.Outcome == SlotOutcome.Match && !s.Weak && (IsQuantitySlot(s.Slot) || s.Slot is "date" or "leader" or "modality"));
        bool modelConflict = pc >= pa && pc >= po;
        // The engine found two facts, not one: claims naming only different actors whose values clash
        // ("prices in Uzbekistan rose 54 %" / "prices in the United States rose 43 %"). Neither agree nor conflict.
        if (rule.Verdict == PairVerdict.Partial && rule.Slots.Any(s => s.Slot == "actors" && s.Outcome == SlotOutcome.Different))
            return (PairVerdict.Unrelated, true);
        if (decisiveClash && !(pa >= d.ClashYield && x[LongPairIndex] >= d.ClashYieldLength)) return (PairVerdict.Conflict, true);
        if (decisiveMatch && po < d.MatchHolds && !(d.MatchYieldsToConflict && modelConflict)) return (PairVerdict.Agree, true);
        if (modelConflict) return (PairVerdict.Conflict, false);
        return (pa >= po ? PairVerdict.Agree : PairVerdict.Unrelated, false);
    }

    private static readonly int LongPairIndex = PairModel.FeatureNames.IndexOf("longPair");

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
        var sa = Profile(textA);
        var sb = Profile(textB);
        double hedgeA = sa.Hedge, denyA = sa.Denial, hedgeB = sb.Hedge, denyB = sb.Denial;
        int lenA = sa.Lemmas.Length, lenB = sb.Lemmas.Length;
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
        Lexical(sa, sb, x.AsSpan(41));
        // A headline (title case) states a story in few words, and its stance is in its cues more than its overlap:
        // the same evidence, scaled by how headline-like the pair is.
        double headline = Math.Clamp((Math.Max(sa.TitleCase, sb.TitleCase) - 0.3) / 0.4, 0, 1);
        x[63] = headline;
        x[64] = headline * x[42];
        x[65] = headline * x[51];
        x[66] = headline * x[52];
        x[67] = headline * x[2];
        x[68] = headline * x[1];
        x[69] = headline * x[24];
        x[70] = headline * x[26];
        // Long sentences (newswire) are paraphrases only when nearly everything is carried over: the overlap
        // evidence again, gated by how long the shorter statement is, so that long pairs get their own boundary.
        double length = x[LongPairIndex];
        var gated = PairModel.LengthGated;
        for (int i = 0; i < gated.Length; i++) x[PairModel.LengthGatedStart + i] = length * x[gated[i]];
        return (best, x);
    }

    /// <summary>One statement's surface, tokenised once: lemmas in order, content words and their weights, numbers, names, cues.</summary>
    private sealed class TextProfile
    {
        public string[] Lemmas = Array.Empty<string>();
        public long[] Hashes = Array.Empty<long>();
        public double[] Weights = Array.Empty<double>();
        public readonly HashSet<string> Words = new(StringComparer.Ordinal);
        public readonly HashSet<long> Bigrams = new();
        public readonly HashSet<string> Numbers = new(StringComparer.Ordinal);
        public readonly HashSet<string> Names = new(StringComparer.Ordinal);
        public readonly List<double> Values = new();
        public double ContentWeight;
        public double TitleCase;
        public double Hedge;
        public double Denial;
    }

    /// <summary>Tokenises a statement once and gathers everything the pair features read from its surface.</summary>
    private TextProfile Profile(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        var lexicon = _knowledge.Lexicon;
        var stop = lexicon.Stopwords;
        var p = new TextProfile();
        var lemmas = new List<string>(tokens.Length);
        var weights = new List<double>(tokens.Length);
        int hedges = 0, denials = 0, longWords = 0, capitalised = 0;
        var hashes = new List<long>(tokens.Length);
        long previous = 0;
        bool hasPrevious = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                if (t.IsPunct('?')) hedges++;
                hasPrevious = false;
                continue;
            }
            if (lexicon.Hedges.Contains(t.Lemma) || lexicon.Hedges.Contains(t.Lower)) hedges++;
            if (lexicon.Denials.Contains(t.Lemma) || lexicon.Denials.Contains(t.Lower)) denials++;
            if (t.Kind == TokenKind.Number)
            {
                p.Numbers.Add(t.Lower);
                if (NumberValue(t.Lower) is double v)
                {
                    if (i + 1 < tokens.Length) v *= Scale(tokens[i + 1].Lower);
                    p.Values.Add(v);
                }
            }
            bool name = t.Capitalized && i > 0;
            if (i > 0 && t.Kind == TokenKind.Word && t.Length >= 4)
            {
                longWords++;
                if (t.Capitalized) capitalised++;
            }
            if (name) p.Names.Add(t.Lower);
            long hash = StableHash(t.Lemma);
            if (hasPrevious) p.Bigrams.Add(previous * 1099511628211L + hash);
            previous = hash;
            hasPrevious = true;
            hashes.Add(hash);
            bool content = !stop.Contains(t.Lower);
            if (content) p.Words.Add(t.Lemma);
            lemmas.Add(t.Lemma);
            // a stand-in for inverse frequency: stopwords weigh nothing, long words, names and numbers weigh more
            double w = !content ? 0 : t.Kind == TokenKind.Number || name ? 1.5 : Math.Clamp(0.4 + 0.12 * t.Lemma.Length, 0.6, 1.4);
            weights.Add(w);
            p.ContentWeight += w;
        }
        p.Lemmas = lemmas.ToArray();
        p.Weights = weights.ToArray();
        p.Hashes = hashes.ToArray();
        p.TitleCase = longWords < 3 ? 0 : (double)capitalised / longWords;
        p.Hedge = Math.Min(hedges, 2) / 2.0;
        p.Denial = Math.Min(denials, 2) / 2.0;
        return p;
    }

    private static long StableHash(string s)
    {
        // FNV-1a, 64 bits: n-gram keys are combinations of these
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        return (long)h;
    }

    private static double? NumberValue(string lower)
    {
        Span<char> buffer = stackalloc char[Math.Min(lower.Length, 32)];
        int n = 0;
        foreach (char c in lower)
        {
            if (c == ',') continue;
            if (!char.IsDigit(c) && c != '.') break;
            if (n == buffer.Length) return null;
            buffer[n++] = c;
        }
        return n > 0 && double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double v) ? v : null;
    }

    private static double Scale(string next) => next switch
    {
        "thousand" => 1e3,
        "million" or "mln" or "m" => 1e6,
        "billion" or "bn" or "b" => 1e9,
        "trillion" => 1e12,
        _ => 1,
    };

    /// <summary>Whether two stated numbers are the same figure, allowing for rounding.</summary>
    private static bool SameNumber(double a, double b)
    {
        if (a == b) return true;
        double max = Math.Max(Math.Abs(a), Math.Abs(b));
        if (Math.Abs(a - b) <= 0.03 * max) return true;
        return (Math.Round(a) == b && b == Math.Floor(b)) || (Math.Round(b) == a && a == Math.Floor(a));
    }

    private static int UnmatchedNumbers(List<double> a, List<double> b)
    {
        int missing = 0;
        foreach (var v in a)
        {
            bool found = false;
            foreach (var u in b) if (SameNumber(v, u)) { found = true; break; }
            if (!found) missing++;
        }
        return missing;
    }

    /// <summary>
    /// Surface paraphrase evidence (MT-metric style, after Madnani et al. 2012): clipped lemma n-gram precision in
    /// both directions (1–4-grams) and a smoothed BLEU, weighted content-word coverage and the weight left
    /// uncovered, longest common subsequence and word edit similarity, numbers equal / subset / disjoint with
    /// rounding tolerance, names left unmatched, and the same evidence scaled by how long the statements are.
    /// </summary>
    private static void Lexical(TextProfile a, TextProfile b, Span<double> x)
    {
        double logA = 0, logB = 0;
        for (int n = 1; n <= 4; n++)
        {
            int na = Math.Max(0, a.Hashes.Length - n + 1), nb = Math.Max(0, b.Hashes.Length - n + 1);
            int m = NgramMatches(a.Hashes, b.Hashes, n);
            double pa = na == 0 ? 0 : (double)m / na, pb = nb == 0 ? 0 : (double)m / nb;
            x[2 * (n - 1)] = Math.Min(pa, pb);
            x[2 * (n - 1) + 1] = Math.Max(pa, pb);
            logA += Math.Log((m + (n == 1 ? 0.1 : 1.0)) / (na + (n == 1 ? 0.1 : 1.0)));
            logB += Math.Log((m + (n == 1 ? 0.1 : 1.0)) / (nb + (n == 1 ? 0.1 : 1.0)));
        }
        double bleuA = Math.Exp(logA / 4), bleuB = Math.Exp(logB / 4);
        x[8] = Math.Min(bleuA, bleuB);
        x[9] = Math.Max(bleuA, bleuB);
        double coverA = Covered(a, b), coverB = Covered(b, a);
        double fa = a.ContentWeight == 0 ? 1 : coverA / a.ContentWeight, fb = b.ContentWeight == 0 ? 1 : coverB / b.ContentWeight;
        x[10] = Math.Min(fa, fb);
        x[11] = Math.Max(fa, fb);
        double ua = Math.Log(1 + a.ContentWeight - coverA) / 3, ub = Math.Log(1 + b.ContentWeight - coverB) / 3;
        x[12] = Math.Min(ua, ub);
        x[13] = Math.Max(ua, ub);
        var (lcs, edit) = Sequences(a.Hashes, b.Hashes);
        double la = a.Hashes.Length == 0 ? 0 : (double)lcs / a.Hashes.Length, lb = b.Hashes.Length == 0 ? 0 : (double)lcs / b.Hashes.Length;
        x[14] = Math.Min(la, lb);
        x[15] = Math.Max(la, lb);
        bool both = a.Values.Count > 0 && b.Values.Count > 0;
        int missA = UnmatchedNumbers(a.Values, b.Values), missB = UnmatchedNumbers(b.Values, a.Values);
        x[16] = both && (missA == 0) != (missB == 0) ? 1 : 0;
        x[17] = both && missA == a.Values.Count && missB == b.Values.Count ? 1 : 0;
        x[18] = (a.Values.Count > 0) != (b.Values.Count > 0) ? 1 : 0;
        int namesA = 0, namesB = 0;
        foreach (var s in a.Names) if (!b.Names.Contains(s) && !b.Words.Contains(s)) namesA++;
        foreach (var s in b.Names) if (!a.Names.Contains(s) && !a.Words.Contains(s)) namesB++;
        x[19] = Math.Log(1 + Math.Max(namesA, namesB)) / 2;
        int longest = Math.Max(a.Hashes.Length, b.Hashes.Length);
        x[20] = longest == 0 ? 0 : 1 - (double)edit / longest;
        x[21] = Math.Clamp((Math.Min(a.Hashes.Length, b.Hashes.Length) - 9) / 8.0, 0, 1);
    }

    /// <summary>Clipped n-gram matches (the size of the multiset intersection), by merging the sorted n-gram keys.</summary>
    private static int NgramMatches(long[] a, long[] b, int n)
    {
        int na = a.Length - n + 1, nb = b.Length - n + 1;
        if (na <= 0 || nb <= 0) return 0;
        Span<long> ga = na <= 128 ? stackalloc long[na] : new long[na];
        Span<long> gb = nb <= 128 ? stackalloc long[nb] : new long[nb];
        for (int i = 0; i < na; i++) ga[i] = Gram(a, i, n);
        for (int i = 0; i < nb; i++) gb[i] = Gram(b, i, n);
        ga.Sort();
        gb.Sort();
        int m = 0;
        for (int i = 0, j = 0; i < na && j < nb;)
        {
            if (ga[i] == gb[j]) { m++; i++; j++; }
            else if (ga[i] < gb[j]) i++;
            else j++;
        }
        return m;
    }

    private static long Gram(long[] h, int i, int n)
    {
        long k = h[i];
        for (int j = 1; j < n; j++) k = k * 1099511628211L + h[i + j];
        return k;
    }

    /// <summary>The content weight of <paramref name="a"/> whose lemma <paramref name="b"/> also has.</summary>
    private static double Covered(TextProfile a, TextProfile b)
    {
        double covered = 0;
        for (int i = 0; i < a.Lemmas.Length; i++)
            if (a.Weights[i] > 0 && b.Words.Contains(a.Lemmas[i])) covered += a.Weights[i];
        return covered;
    }

    /// <summary>Longest common subsequence and word edit distance of two lemma sequences.</summary>
    private static (int Lcs, int Edit) Sequences(long[] a, long[] b)
    {
        int m = b.Length;
        Span<int> lcsPrev = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> lcsCur = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> edPrev = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> edCur = m + 1 <= 256 ? stackalloc int[m + 1] : new int[m + 1];
        lcsPrev.Clear();
        for (int j = 0; j <= m; j++) edPrev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            lcsCur[0] = 0;
            edCur[0] = i;
            for (int j = 1; j <= m; j++)
            {
                bool same = a[i - 1] == b[j - 1];
                lcsCur[j] = same ? lcsPrev[j - 1] + 1 : Math.Max(lcsPrev[j], lcsCur[j - 1]);
                edCur[j] = Math.Min(Math.Min(edPrev[j] + 1, edCur[j - 1] + 1), edPrev[j - 1] + (same ? 0 : 1));
            }
            var t = lcsPrev; lcsPrev = lcsCur; lcsCur = t;
            t = edPrev; edPrev = edCur; edCur = t;
        }
        return (lcsPrev[m], edPrev[m]);
    }

    /// <summary>The share of <paramref name="a"/>'s words that <paramref name="b"/> lacks.</summary>
    private static double Extra(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0) return 0;
        int missing = 0;
        foreach (var s in a) if (!b.Contains(s)) missing++;
        return (double)missing / a.Count;
    }

    private static double Dice(HashSet<long> a, HashSet<long> b)
    {
        if (a.Count + b.Count == 0) return 1;
        int common = 0;
        foreach (var s in a) if (b.Contains(s)) common++;
        return 2.0 * common / (a.Count + b.Count);
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
}
