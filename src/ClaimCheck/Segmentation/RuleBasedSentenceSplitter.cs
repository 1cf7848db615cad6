using System.Buffers;
using ClaimCheck.Normalization;

namespace ClaimCheck.Segmentation;

/// <summary>A rule-based English sentence splitter: abbreviations, initials, decimals, quotes, headings and list lines.</summary>
/// <remarks>
/// <para>A single forward scan: linear time, no regular expressions. Look-behind (the word before a full stop) and
/// look-ahead (the word after) are bounded, and each run of white space is re-read at most once. Thread-safe (no
/// mutable state).</para>
/// <para>Rules. A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or an ellipsis followed by white space or the end of
/// the range; closing quotes and brackets right after the terminator belong to the ending sentence. A full stop
/// followed by anything else ("4.5", "U.S.-Russia", "e.g.,") never ends one. After <c>!</c>, <c>?</c> or an ellipsis a
/// lower-case next word continues the sentence ("“Really?” he asked"). Titles ("Mr.", "Dr.", "Gen.", "Sen.", "St.")
/// and "vs.", "e.g.", "i.e." never end a sentence; "No." and "Fig." do not before a digit; month abbreviations do not
/// before a digit or a lower-case word. Ambiguous abbreviations (dotted initialisms such as "U.S.", "U.K.", "a.m.";
/// single-letter initials such as "W."; "Inc.", "Corp.", "Ltd.", "Jr.") end a sentence only when the next word is
/// a capitalised common sentence opener ("The", "It", "He", "They", "This", "But", …) or an opening quote:
/// "the U.S. The talks" splits, "the U.S. President" and "George W. Bush" do not. "etc." ends a sentence before
/// any capitalised word. A blank line always ends a sentence. A single line break ends one only when the line
/// before ends with a colon, or has no final punctuation and looks like a heading or list line (at most eight
/// words, a whole paragraph on one line of more than 100 characters, or a list marker opening the next line);
/// otherwise it is a hard wrap inside the sentence.</para>
/// </remarks>
public sealed class RuleBasedSentenceSplitter : ISentenceSplitter
{
    // Longest word looked at behind a full stop or ahead of a boundary: abbreviations and openers are short.
    private const int MaxWord = 24;

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Rev",
        "Hon", "Pres", "Adm", "Maj", "Cpl", "Cmdr", "Supt", "Insp", "Fr", "Amb", "Atty", "Mt", "Ft",
    };

    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "vs", "v", "e.g", "i.e", "cf", "viz", "approx", "ca",
    };

    private static readonly HashSet<string> BeforeNumber = new(StringComparer.Ordinal)
    {
        "No", "Nos", "no", "Art", "Vol", "vol", "pp", "p", "Fig", "fig", "Ch", "Sec", "Para", "Nr",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros", "Plc", "LLC", "al",
    };

    // Capitalised words that open sentences far more often than they follow "U.S." inside one.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
        "There", "Their", "His", "Her", "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "As",
        "After", "Before", "When", "While", "If", "Although", "Though", "However", "Meanwhile", "Still", "Also",
        "Both", "Some", "Many", "Most", "Such", "What", "Why", "How", "Who", "Where", "Earlier", "Later", "Then",
        "Now", "According", "Since", "During", "Despite", "Under", "With", "Without", "Last", "Neither", "Nor",
        "Each", "Every", "All", "Any", "One", "Officials", "Analysts", "Critics", "Here", "Instead", "Thus",
        "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Indeed", "Further", "Finally", "First", "Second",
        "Third", "Asked", "Speaking", "Following", "Among", "Until", "Because", "Yesterday", "Today", "Tomorrow",
    };

    /// <summary>The longest word of the lists above: a longer word is in none of them.</summary>
    private static readonly int MaxListedLength = Titles.Concat(NeverFinal).Concat(BeforeNumber).Concat(Months).Concat(Ambiguous)
        .Append("etc").Max(x => x.Length);

    /// <summary>The shared instance.</summary>
    public static RuleBasedSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    public void Split(string text, TextSpan range, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int start = Math.Clamp(range.Start, 0, text.Length);
        int end = Math.Clamp(range.End, start, text.Length);
        int sentence = start;
        int lineStart = start;
        int i = start;
        while (i < end)
        {
            // Only line breaks and terminators decide anything: jump to the next one (a vectorised search).
            int skip = text.AsSpan(i, end - i).IndexOfAny(Stops);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            if (c == '\n')
            {
                int next = i + 1;
                while (next < end && text[next] != '\n' && Chars.IsWhiteSpace(text[next])) next++;
                bool blank = next >= end || text[next] == '\n';
                if (blank || LineEndsSentence(text, lineStart, i, next, end))
                {
                    Emit(text, sentence, i, output);
                    sentence = i + 1;
                }
                lineStart = i + 1;
                i++;
                continue;
            }

            int runEnd = i;
            while (runEnd < end && IsTerminator(text[runEnd])) runEnd++;
            int after = runEnd;
            while (after < end && IsCloser(text[after])) after++;
            if (after < end && !Chars.IsWhiteSpace(text[after]))
            {
                // "4.5", "U.S.-Russia", "e.g.,": a terminator glued to more text ends nothing.
                i = runEnd;
                continue;
            }
            if (after >= end || EndsSentence(text, i, runEnd, after, end))
            {
                Emit(text, sentence, after, output);
                sentence = after;
            }
            i = after;
        }
        Emit(text, sentence, end, output);
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static readonly SearchValues<char> Stops = SearchValues.Create("\n.!?…");

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '›';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '‹';

    /// <summary>Decides whether the terminator run <c>[runStart, runEnd)</c>, followed by white space at <paramref name="after"/>, ends a sentence.</summary>
    private static bool EndsSentence(string text, int runStart, int runEnd, int after, int end)
    {
        int next = after;
        while (next < end && Chars.IsWhiteSpace(text[next])) next++;
        if (next >= end) return true;
        char first = text[next];

        bool singleStop = runEnd - runStart == 1 && text[runStart] == '.';
        if (!singleStop) return !char.IsLower(first); // "!", "?", "…", "...": a lower-case word continues

        // The word before the full stop: letters and inner dots ("U.S", "Mr", "e.g"), at most MaxWord long.
        int w = runStart;
        while (w > 0 && runStart - w < MaxWord && (Chars.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 1 > 0 && Chars.IsLetter(text[w - 2]))))
            w--;
        if (w == runStart || runStart - w >= MaxWord || (w > 0 && (Chars.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.'))) return true;
        // a word longer than every listed one, without inner dots and not an initial, ends the sentence: most words do
        if (runStart - w > MaxListedLength && text.AsSpan(w, runStart - w).IndexOf('.') < 0) return true;
        string word = text.Substring(w, runStart - w);

        if (Titles.Contains(word) || NeverFinal.Contains(word)) return false;
        if (BeforeNumber.Contains(word)) return !Chars.IsDigit(first);
        if (Months.Contains(word) && (Chars.IsDigit(first) || char.IsLower(first))) return false;
        if (word == "etc") return Chars.IsUpper(first) || IsOpener(first);
        bool initial = word.Length == 1 && Chars.IsUpper(word[0]);
        bool dotted = word.Contains('.');
        if (initial || dotted || Ambiguous.Contains(word) || Months.Contains(word))
        {
            if (IsOpener(first)) return true;
            if (!Chars.IsUpper(first)) return false;
            int e = next;
            while (e < end && Chars.IsLetter(text[e]) && e - next < MaxWord) e++;
            return Openers.Contains(text.Substring(next, e - next));
        }
        return true;
    }

    /// <summary>Decides whether the single line break at <paramref name="newline"/> ends the sentence.</summary>
    private static bool LineEndsSentence(string text, int lineStart, int newline, int nextLine, int end)
    {
        int last = newline - 1;
        while (last >= lineStart && Chars.IsWhiteSpace(text[last])) last--;
        if (last < lineStart || nextLine >= end) return false;
        int core = last;
        while (core > lineStart && IsCloser(text[core])) core--;
        char tail = text[core];
        if (IsTerminator(tail)) return false; // the terminator already decided
        if (tail == ':') return true;         // "… two main objectives:" introduces a list
        if (tail is ',' or ';' or '-' or '–' or '—' or '&' or '/' || char.IsLower(text[nextLine])) return false; // a hard wrap
        if (StartsListItem(text, nextLine, end)) return true;
        return WordsUpTo(text, lineStart, last + 1, 9) <= 8 || last + 1 - lineStart > 100;
    }

    /// <summary>The number of white-space separated words in <c>[from, to)</c>, counting no further than <paramref name="cap"/>.</summary>
    private static int WordsUpTo(string text, int from, int to, int cap)
    {
        int words = 0;
        bool inWord = false;
        for (int i = from; i < to && words < cap; i++)
        {
            bool space = Chars.IsWhiteSpace(text[i]);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    private static bool StartsListItem(string text, int i, int end)
    {
        char c = text[i];
        if (c is '•' or '·' or '▪' or '‣' or '◦' or '*' or '-' or '–' or '—') return i + 1 < end && text[i + 1] == ' ';
        int d = i;
        while (d < end && char.IsAsciiDigit(text[d]) && d - i < 3) d++;
        return d > i && d + 1 < end && (text[d] == '.' || text[d] == ')') && text[d + 1] == ' ';
    }

    private static void Emit(string text, int s, int e, List<TextSpan> output)
    {
        while (s < e && Chars.IsWhiteSpace(text[s])) s++;
        while (e > s && Chars.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) output.Add(TextSpan.FromBounds(s, e));
    }
}
