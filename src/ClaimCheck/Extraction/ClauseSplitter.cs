using System.Runtime.CompilerServices;
using ClaimCheck.Normalization;
namespace ClaimCheck.Extraction;

/// <summary>A part of a sentence that becomes one claim.</summary>
/// <param name="From">First token (inclusive).</param>
/// <param name="To">Last token (exclusive).</param>
/// <param name="Speaker">Tokens naming who says it, when attributed.</param>
/// <param name="InheritsSubject">Whether it has no subject of its own and borrows the previous clause's actors.</param>
/// <param name="Negated">Whether a frame outside the clause negates it ("without inviting …", "does not think …").</param>
internal readonly record struct Clause(int From, int To, (int From, int To)? Speaker, bool InheritsSubject, bool Negated = false);

/// <summary>Splits a sentence's tokens into clauses: attribution frames, coordination, adverbial lead-ins and "without" adjuncts.</summary>
/// <remarks>Stateless and thread-safe; linear in the number of tokens (each rule scans once).</remarks>
internal static class ClauseSplitter
{
    private static readonly IdSet SubjectStarts = new(new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "there", "both", "neither",
        "his", "her", "their", "its", "our", "some", "many", "most", "all", "no", "each", "every", "any", "one", "two",
    });

    private static readonly IdSet Pronouns = new(new[] { "this", "it", "that", "he", "she", "they", "which", "who" });

    private static readonly IdSet LeadIns = new(new[] { "following", "after", "before", "during", "ahead", "amid", "since" });

    private static readonly IdSet ThinkVerbs = new(new[] { "think", "believe", "expect", "consider", "feel", "see" });

    private static readonly IdSet PastIrregular = new(new[]
    {
        "held", "met", "made", "said", "took", "gave", "led", "began", "sought", "told", "spoke", "ruled", "agreed", "demanded",
        "rejected", "called", "described", "noted", "added", "stressed", "warned", "proposed", "reached", "signed", "decided",
        "left", "went", "came", "put", "set", "brought", "thought", "found", "kept", "won", "lost", "sent", "paid", "rose", "fell",
    });

    public static List<Clause> Split(string text, Token[] tokens, Normalization.Lexicon lexicon)
    {
        var result = new List<Clause>();
        Split(text, tokens, lexicon, result);
        return result;
    }

    /// <summary>Appends the clauses of the sentence's tokens to <paramref name="result"/>.</summary>
    public static void Split(string text, Token[] tokens, Normalization.Lexicon lexicon, List<Clause> result)
    {
        int end = tokens.Length;
        while (end > 0 && tokens[end - 1].Kind == TokenKind.Punct && tokens[end - 1].Lower is "." or "!" or "?" or ";" or ":") end--;
        if (end == 0) return;
        int start = 0;
        (int, int)? speaker = null;

        // Trailing frame: "…, Ushakov said." / "…,” he added." / "…, said Ushakov." / ", according to X."
        int sentenceEnd = end, adjunct = -1;
        int trailing = FindTrailingFrame(text, tokens, start, end, lexicon, out var trailSpeaker, out int adjunctComma);
        if (trailing >= 0)
        {
            speaker = trailSpeaker;
            end = trailing;
            adjunct = adjunctComma;
        }

        // Leading "According to X, …"
        if (end - start > 3 && tokens[start].Is("according") && tokens[start + 1].Is("to"))
        {
            int comma = FindPunct(tokens, start + 2, end, ',');
            if (comma > start + 2 && comma - start < 12)
            {
                speaker = (start + 2, comma);
                start = comma + 1;
            }
        }

        // Leading adverbial with a measure or a time: "Following four and a half hours of negotiations in Riyadh on Tuesday, …"
        if (start < end && LeadIns.Contains(tokens[start].LowerId))
        {
            int comma = FindPunct(tokens, start + 1, end, ',');
            if (comma > start + 2 && comma < end - 3 && HasMeasure(tokens, start, comma))
            {
                result.Add(new Clause(start, comma, null, false));
                start = comma + 1;
            }
        }

        SplitFrames(text, tokens, start, end, speaker, false, lexicon, result);

        // "…, Ushakov told reporters, adding that a summit was possible": the adjunct is the same speaker's next claim
        if (adjunct >= 0)
        {
            int from = SkipSpeechParticiple(text, tokens, adjunct + 1, sentenceEnd, lexicon);
            if (sentenceEnd - from >= 2) SplitFrames(text, tokens, from, sentenceEnd, speaker, false, lexicon, result);
        }
    }

    /// <summary>After ", adding that" / ", saying that": where the reported content starts; else <paramref name="at"/>.</summary>
    private static int SkipSpeechParticiple(string text, Token[] tokens, int at, int end, Normalization.Lexicon lexicon) =>
        at + 2 < end && IsParticiple(tokens[at]) && tokens[at + 1].Is("that") && lexicon.SpeechPhrases.TryMatch(text, tokens, at, true, out _, out _)
            ? at + 2
            : at;

    private static bool HasMeasure(Token[] tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Number) return true;
            if (tokens[i].Lower is "hour" or "hours" or "minutes" or "days" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday"
                or "saturday" or "sunday" or "week" or "month" or "year" or "half" or "two" or "three" or "four" or "five" or "six")
                return true;
        }
        return false;
    }

    /// <summary>Handles a leading "X said (that) …" frame, then coordination inside the content.</summary>
    private static void SplitFrames(string text, Token[] tokens, int start, int end, (int, int)? speaker, bool inherits, Normalization.Lexicon lexicon, List<Clause> result)
    {
        bool negated = false;
        // A speech verb early in the clause, followed by content: "Ushakov said the US and Russia would …"
        for (int i = start + 1; i < end - 2 && i < start + 16; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind != TokenKind.Word || t.Capitalized) continue;
            if (!lexicon.SpeechPhrases.TryMatch(text, tokens, i, true, out int len, out _)) continue;
            if (t.Lemma is "describe" or "call" or "report" or "express" or "voice" or "post" or "quote") continue;
            int c = i + len;
            if (c < end && (tokens[c].Is("that") || tokens[c].IsPunct(':') || tokens[c].IsPunct(','))) c++;
            if (c < end && tokens[c].Is("that")) c++;
            while (c < end && IsQuote(tokens[c])) c++;
            if (end - c < 3) continue;
            var next = tokens[c];
            bool clauseFollows = c > i + len || SubjectStarts.Contains(next.LowerId) || next.Capitalized || next.Kind == TokenKind.Number;
            if (!clauseFollows) continue;
            bool beforeIsSubject = i - start <= 12;
            if (!beforeIsSubject)
            {
                // "… before the talks began after saying X": the part before is a claim of its own.
                int cut = i;
                while (cut > start && tokens[cut - 1].Lower is "after" or "before" or "while" or "by" or "when") cut--;
                if (cut - start >= 4) result.Add(new Clause(start, cut, speaker, inherits));
                speaker = (start, Math.Min(start + 3, cut));
            }
            else
            {
                speaker = (start, i);
                // neg-raising: "he does not think it is practical" → the content is negated
                if (ThinkVerbs.Contains(t.LemmaId))
                    for (int k = start; k < i; k++)
                        if (lexicon.NegatorIds.Contains(tokens[k].LowerId)) negated = !negated;
            }
            start = c;
            break;
        }
        SplitCoordination(text, tokens, start, end, speaker, inherits, negated, lexicon, result);
    }

    private static void SplitCoordination(string text, Token[] tokens, int start, int end, (int, int)? speaker, bool inherits, bool negated, Normalization.Lexicon lexicon, List<Clause> result)
    {
        int depth = 0;
        bool inQuote = false;
        for (int i = start + 3; i < end - 2; i++)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Lower is "(" or "[") depth++;
                else if (t.Lower is ")" or "]") depth = Math.Max(0, depth - 1);
                else if (t.Lower is "\"") inQuote = !inQuote;
                else if (t.Lower is "“") inQuote = true;
                else if (t.Lower is "”") inQuote = false;
            }
            if (depth > 0 || inQuote) continue;
            int cut = -1, resume = -1;
            bool nextInherits = false, nextNegated = false;
            bool keepSpeaker = true;
            if (t.IsPunct(';'))
            {
                cut = i; resume = i + 1;
            }
            else if (t.Is("but") && !(i + 1 < end && tokens[i + 1].Is("also")))
            {
                cut = tokens[i - 1].IsPunct(',') ? i - 1 : i;
                resume = i + 1;
                nextInherits = IsPronounOrVerb(tokens[resume]);
            }
            else if (t.Is("and") && i + 1 < end && tokens[i + 1].Is("that"))
            {
                cut = tokens[i - 1].IsPunct(',') ? i - 1 : i;
                resume = i + 2;
            }
            else if (t.Is("adding") && i + 1 < end && tokens[i + 1].Is("that"))
            {
                cut = tokens[i - 1].IsPunct(',') ? i - 1 : i;
                resume = i + 2;
            }
            else if (t.Is("and") && tokens[i - 1].IsPunct(',') && i + 1 < end && StartsClause(tokens, i + 1, end))
            {
                cut = i - 1; resume = i + 1;
                nextInherits = IsPronounOrVerb(tokens[resume]);
            }
            else if (t.Is("and") && i + 1 < end && IsFiniteVerb(tokens[i + 1]) && HasVerb(tokens, start, i))
            {
                cut = tokens[i - 1].IsPunct(',') ? i - 1 : i;
                resume = i + 1;
                nextInherits = true;
            }
            else if (t.Is("without") && tokens[i - 1].IsPunct(',') && i + 1 < end && tokens[i + 1].EndsWith("ing"))
            {
                cut = i - 1; resume = i; nextInherits = true; keepSpeaker = true; nextNegated = false;
            }
            else if (t.IsPunct(',') && i + 2 < end && IsParticiple(tokens[i + 1]) && !InList(tokens, start, i))
            {
                // ", aiming to restore …", ", reflecting Trump's desire …": an adjunct with the same subject;
                // ", adding that Kiev has …": the same speaker's next claim, with a subject of its own
                cut = i;
                resume = SkipSpeechParticiple(text, tokens, i + 1, end, lexicon);
                nextInherits = resume == i + 1;
            }
            else if (t.IsPunct(',') && i + 2 < end && tokens[i + 1].Is("the") && IsOrdinalWord(tokens[i + 2]))
            {
                cut = i; resume = i + 1;
            }
            if (cut < 0 || cut - start < 3 || end - resume < 2) continue;
            result.Add(new Clause(start, cut, speaker, inherits, negated));
            SplitFrames(text, tokens, resume, end, keepSpeaker ? speaker : null, nextInherits, lexicon, result);
            if (nextNegated) { }
            return;
        }
        if (end > start) result.Add(new Clause(start, end, speaker, inherits, negated));
    }

    private static readonly IdSet NotParticiples = new(new[]
    {
        "including", "according", "following", "during", "regarding", "concerning", "notwithstanding", "something", "nothing",
        "anything", "everything", "morning", "evening", "meeting", "building", "thing", "king", "spring", "string", "bring", "ring",
    });

    /// <summary>Whether an enumeration ("including …", "such as …", ":") is open before <paramref name="at"/>: its items are not clauses.</summary>
    private static bool InList(Token[] tokens, int from, int at)
    {
        for (int i = from; i < at; i++)
            if (tokens[i].Is("including") || tokens[i].IsPunct(':') || (tokens[i].Is("such") && i + 1 < at && tokens[i + 1].Is("as"))) return true;
        return false;
    }

    private static bool IsParticiple(in Token t) =>
        t.Kind == TokenKind.Word && !t.Capitalized && t.Lower.Length > 5 && t.EndsWith("ing") && !NotParticiples.Contains(t.LowerId);

    private static bool IsOrdinalWord(in Token t) => t.Lower is "first" or "second" or "third" or "fourth" or "fifth" or "last" or "final";

    private static bool StartsClause(Token[] tokens, int i, int end)
    {
        ref readonly var t = ref tokens[i];
        if (SubjectStarts.Contains(t.LowerId) || (t.Capitalized && t.Kind == TokenKind.Word) || IsFiniteVerb(t)) return HasVerb(tokens, i, Math.Min(end, i + 12));
        return false;
    }

    private static bool IsPronounOrVerb(in Token t) => Pronouns.Contains(t.LowerId) || IsFiniteVerb(t);

    private static readonly IdSet Auxiliaries = new(new[]
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "should", "must", "may", "might", "did",
        "does", "do",
    });

    internal static bool IsFiniteVerb(in Token t) =>
        t.Kind == TokenKind.Word && !t.Capitalized &&
        (PastIrregular.Contains(t.LowerId) || Auxiliaries.Contains(t.LowerId) || (t.Lower.Length > 4 && t.EndsWith("ed")));

    private static bool AnyFiniteVerb(Token[] tokens, int from, int to)
    {
        for (int i = from; i < to; i++) if (IsFiniteVerb(tokens[i])) return true;
        return false;
    }

    private static bool HasVerb(Token[] tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (IsFiniteVerb(tokens[i]) || (tokens[i].Kind == TokenKind.Word && !tokens[i].Capitalized && tokens[i].EndsWith("s") && i > from && tokens[i].Lower.Length > 3 && !tokens[i].EndsWith("ss")))
                return true;
        return false;
    }

    private static int FindTrailingFrame(string text, Token[] tokens, int start, int end, Normalization.Lexicon lexicon, out (int, int)? speaker,
        out int adjunct)
    {
        speaker = null;
        adjunct = -1;
        // ", according to X" at the end
        for (int i = end - 2; i > start + 3 && i >= end - 10; i--)
        {
            if (tokens[i].Is("according") && tokens[i + 1].Is("to") && tokens[i - 1].IsPunct(','))
            {
                speaker = (i + 2, end);
                return i - 1;
            }
        }
        // ", X said" — the last comma (or closing quote after a comma) followed by at most 8 tokens holding a speech verb;
        // `tail` ends the part after comma i (the sentence, or the next comma when that part was an appositive or adjunct)
        int tail = end;
        for (int i = end - 1; i > start + 3 && i >= tail - 10; i--)
        {
            if (!tokens[i].IsPunct(',')) continue;
            int s = i + 1;
            while (s < tail && IsQuote(tokens[s])) s++;
            bool verb = false;
            int verbAt = -1;
            for (int k = s; k < tail; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && !tokens[k].Capitalized && lexicon.SpeechPhrases.TryMatch(text, tokens, k, true, out _, out _)
                    && tokens[k].Lemma is not ("describe" or "call" or "think" or "believe"))
                {
                    verb = true;
                    verbAt = k;
                    break;
                }
            }
            // "…, said Kirill Dmitriev, the head of the fund.": an appositive after the last comma; the frame is before it
            if (!verb && !AnyFiniteVerb(tokens, s, tail))
            {
                tail = i;
                continue;
            }
            if (!verb) return -1;
            // "…, Ushakov said, adding that a summit was possible": a participle adjunct with content of its own, not a
            // speaker; the frame, if there is one, is before it, and the adjunct becomes a clause of that speaker
            if (verbAt == s && adjunct < 0 && tail == end && (tokens[verbAt].EndsWith("ing") || (verbAt + 1 < tail && tokens[verbAt + 1].Is("that"))))
            {
                adjunct = i;
                tail = i;
                continue;
            }
            // "Kirill Dmitriev, the head of the fund, said the two countries agreed …": a name with an appositive before a
            // leading frame, not content before a trailing one — nothing before the comma is a verb, and a verb follows
            if (verbAt == s && !AnyFiniteVerb(tokens, start, i) && AnyFiniteVerb(tokens, verbAt + 1, tail)) return -1;
            // speaker: before the verb ("Ushakov said") or after it ("said Ushakov")
            speaker = verbAt > s ? (s, verbAt) : (verbAt + 1, tail);
            if (speaker.Value.Item2 <= speaker.Value.Item1) { speaker = null; adjunct = -1; return -1; }
            int cut = i;
            while (cut > start && IsQuote(tokens[cut - 1])) cut--;
            return cut;
        }
        adjunct = -1;
        // "…,” Ushakov said." — a closing quote right before the speaker
        for (int i = end - 1; i > start + 3 && i >= end - 8; i--)
        {
            if (!(tokens[i].Lower is "”" or "\"") || !tokens[i - 1].IsPunct(',')) continue;
            for (int k = i + 1; k < end; k++)
            {
                if (tokens[k].Kind == TokenKind.Word && lexicon.SpeechPhrases.TryMatch(text, tokens, k, true, out _, out _))
                {
                    speaker = k > i + 1 ? (i + 1, k) : (k + 1, end);
                    return i - 1;
                }
            }
        }
        return -1;
    }

    private static int FindPunct(Token[] tokens, int from, int to, char c)
    {
        for (int i = from; i < to; i++) if (tokens[i].IsPunct(c)) return i;
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsQuote(in Token t) => t.Kind == TokenKind.Punct && t.Lower is "\"" or "“" or "”" or "'" or "‘" or "’" or "«" or "»";
}
