using System.Runtime.CompilerServices;
using ClaimCheck.Normalization;

namespace ClaimCheck.Extraction;

/// <summary>Reads polarity and modality off a clause's tokens and normalises them to one stance.</summary>
/// <remarks>
/// Thread-safe (stateless). Negation cues are counted so that double negation cancels ("cannot be excluded"
/// is affirmed); "neither … nor" counts once. Stance is normalised so that equivalent wordings compare equal:
/// likely + negated → unlikely ("would probably not"), unlikely + negated → possible ("not unlikely").
/// </remarks>
internal static class StanceAnalyzer
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Strength(Modality m) => m switch
    {
        Modality.Planned => 1, Modality.Possible => 2, Modality.Demanded => 3, Modality.Likely => 4, Modality.Unlikely => 5,
        _ => 0,
    };

    public static (Polarity Polarity, Modality Modality) Analyze(string text, Token[] tokens, int from, int to, Lexicon lexicon, List<TextSpan>? cues = null)
    {
        int negations = 0;
        var modality = Modality.Asserted;
        bool sawNeither = false;
        for (int i = from; i < to;)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind != TokenKind.Word) { i++; continue; }
            if (lexicon.ModalityPhrases.TryMatch(text, tokens, i, true, out int ml, out var m))
            {
                if (Strength(m) > Strength(modality)) modality = m;
                cues?.Add(TextSpan.FromBounds(t.Start, tokens[i + ml - 1].End));
                i += ml;
                continue;
            }
            if (lexicon.NegativePhrases.TryMatch(text, tokens, i, true, out int nl, out _)
                || lexicon.NegativeSynonyms.TryMatch(text, tokens, i, true, out nl, out _))
            {
                negations++;
                cues?.Add(TextSpan.FromBounds(t.Start, tokens[i + nl - 1].End));
                i += nl;
                continue;
            }
            // "don't", "isn’t", "DON'T": read off the text, which is at hand, instead of the token's lower-case string
            if (lexicon.NegatorIds.Contains(t.LowerId) || EndsWithNt(text, t))
            {
                bool notOnly = t.Is("not") && i + 1 < to && tokens[i + 1].Lower is "only" or "just" or "merely";
                bool nor = t.Is("nor") && sawNeither;
                if (t.Is("neither")) sawNeither = true;
                if (!notOnly && !nor)
                {
                    negations++;
                    cues?.Add(t.Span);
                }
            }
            i++;
        }
        var polarity = negations % 2 == 1 ? Polarity.Negated : Polarity.Affirmed;
        (polarity, modality) = Normalize(polarity, modality);
        return (polarity, modality);
    }

    /// <summary>Whether the token ends with "n't" in any case and with either apostrophe: exactly when its
    /// <see cref="Token.Lower"/> (lower-cased, ’ folded to ') ends with "n't".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool EndsWithNt(string text, in Token t)
    {
        int e = t.End;
        return t.Length >= 3 && (uint)e <= (uint)text.Length && (text[e - 1] | 0x20) == 't' && text[e - 2] is '\'' or '’'
            && (text[e - 3] | 0x20) == 'n';
    }

    public static (Polarity, Modality) Normalize(Polarity p, Modality m) => (p, m) switch
    {
        (Polarity.Negated, Modality.Likely) => (Polarity.Affirmed, Modality.Unlikely),
        (Polarity.Negated, Modality.Unlikely) => (Polarity.Affirmed, Modality.Possible),
        _ => (p, m),
    };

    /// <summary>The stance as a number for comparison: +1 holds, -1 does not hold, ±0.7 probably; <c>null</c> when not a factual stance (planned, possible, demanded).</summary>
    public static double? Value(Polarity p, Modality m) => m switch
    {
        Modality.Asserted => p == Polarity.Affirmed ? 1 : -1,
        Modality.Likely => p == Polarity.Affirmed ? 0.7 : -0.7,
        Modality.Unlikely => p == Polarity.Affirmed ? -0.7 : 0.3,
        _ => null,
    };
}
