using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClaimCheck.Normalization;

namespace ClaimCheck.Extraction;

/// <summary>Turns a clause's tokens into normalised content keys: actor and place ids, predicate classes, concepts, lemmas and measure keys.</summary>
/// <remarks>
/// Keys are what alignment compares: "negotiations" and "talks" both give <c>talks</c>, "Kiev" gives
/// <c>country:ukraine</c>, "four main agreements" gives <c>#agreement</c>. Stopwords give nothing.
/// </remarks>
internal static class ContentKeys
{
    public static void Collect(string text, Token[] tokens, int from, int to, Lexicon lexicon,
        List<ActorMention> actors, List<PlaceMention> places, List<Quantity> quantities, List<string> keys)
    {
        foreach (var a in actors) if (a.Role != ActorRole.Speaker) keys.Add(a.Id);
        foreach (var p in places) keys.Add(p.Id);
        foreach (var q in quantities)
        {
            if (q.Kind == QuantityKind.Ordinal) keys.Add("ord:" + (q.Counted ?? "_"));
            else if (q.Counted is not null) keys.Add("#" + q.Counted);
            else if (q.Unit is not null) keys.Add("#" + q.Unit);
        }
        for (int i = from; i < to;)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Punct) { i++; continue; }
            int used = 1;
            bool pm = lexicon.PredicatePhrases.TryMatch(text, tokens, i, true, out int pl, out var p);
            bool cm = lexicon.ConceptPhrases.TryMatch(text, tokens, i, true, out int cl, out var c);
            bool nm = lexicon.NegativeSynonyms.TryMatch(text, tokens, i, true, out int nl, out var n);
            // a word that starts no phrase and is no content word gives no key, covered or not: no need to look at mentions
            if ((!pm && !cm && !nm && !IsContentWord(t, lexicon)) || Covered(t, actors, places, quantities)) { i++; continue; }
            if (pm)
            {
                keys.Add(p);
                used = Math.Max(used, pl);
            }
            if (cm)
            {
                keys.Add(c);
                used = Math.Max(used, cl);
            }
            if (nm)
            {
                // "exclusion" states that someone does not participate
                keys.Add(n);
                keys.Add("not:" + n);
                used = Math.Max(used, nl);
            }
            if (used == 1 && keys.Count > 0 && (pl > 0 || cl > 0 || nl > 0))
            {
                i++;
                continue;
            }
            if (used == 1 && IsContentWord(t, lexicon))
                keys.Add(t.Lemma);
            i += used;
        }
    }

    /// <summary>A word that is a key of its own (its lemma) when no phrase starts at it: no stopword, negator or single letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsContentWord(in Token t, Lexicon lexicon) =>
        t.Kind == TokenKind.Word && !lexicon.StopwordIds.Contains(t.LowerId) && !lexicon.StopwordIds.Contains(t.LemmaId) && t.Lemma.Length > 1
        && !lexicon.NegatorIds.Contains(t.LowerId);

    private static bool Covered(in Token t, List<ActorMention> actors, List<PlaceMention> places, List<Quantity> quantities)
    {
        var span = t.Span;
        foreach (var a in CollectionsMarshal.AsSpan(actors)) if (a.Span.Contains(span)) return true;
        foreach (var p in CollectionsMarshal.AsSpan(places)) if (p.Span.Contains(span)) return true;
        // inside a quantity only the counted noun (its last word) is content: "four main agreements" → "agreement"
        foreach (var q in CollectionsMarshal.AsSpan(quantities))
            if (q.Span.Contains(span) && (t.Kind == TokenKind.Number || t.End < q.Span.End)) return true;
        return false;
    }
}
