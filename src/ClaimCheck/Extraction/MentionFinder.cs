using System.Runtime.CompilerServices;
using System.Text;
using ClaimCheck.Normalization;

namespace ClaimCheck.Extraction;

/// <summary>Finds actors and places in a sentence's tokens through the alias table, titles and surname memory.</summary>
/// <remarks>
/// One instance per article (it remembers the people introduced so far so that a later bare surname
/// resolves to them); not thread-safe, cheap to create.
/// </remarks>
internal sealed class MentionFinder
{
    private static readonly IdSet Titles = new(new[]
    {
        "president", "minister", "secretary", "adviser", "advisor", "aide", "envoy", "spokesperson", "spokesman",
        "spokeswoman", "leader", "journalist", "ceo", "chief", "prince", "king", "queen", "chancellor", "senator",
        "governor", "general", "ambassador", "director", "chairman", "chairwoman", "mayor", "premier", "sheikh",
        "commissioner", "lawmaker", "representative", "rep.", "sen.", "gov.", "gen.", "dr.", "mr.", "mrs.", "ms.", "judge",
        "official", "executive", "founder", "owner", "analyst", "professor", "colonel", "commander", "pope", "emir",
    });

    private static readonly IdSet NameParticles = new(new[] { "bin", "von", "der", "de", "al", "van", "da", "di", "le", "la", "ibn" });

    private static readonly IdSet Locatives = new(new[]
    {
        "in", "at", "to", "from", "near", "outside", "inside", "across", "into", "around", "toward", "towards", "via", "throughout",
    });

    private static readonly IdSet NotNames = new(new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
        "our", "its", "on", "in", "at", "and", "but", "or", "following", "after", "before", "during", "while", "however",
        "meanwhile", "additionally", "previously", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "both", "neither", "any", "all", "some", "many", "most", "russian", "american", "ukrainian", "european", "said", "state",
        "foreign", "national", "security", "middle", "east", "vice", "prime", "crown", "special", "top", "former", "new",
    });

    private readonly Knowledge _knowledge;
    private readonly Dictionary<string, string> _surnames = new(StringComparer.Ordinal);
    // A filter in front of the surname memory: bit (id mod 64) of each remembered surname's vocabulary id, so that most
    // capitalised words skip the string lookup; a surname without an id turns the filter off.
    private ulong _surnameIdBits;
    private bool _surnameWithoutId;

    public MentionFinder(Knowledge knowledge) => _knowledge = knowledge;

    /// <summary>The last two countries named as a pair ("U.S. and Russian", "Russia and the US", "US-Russia").</summary>
    public (ActorMention First, ActorMention Second)? LastPair { get; private set; }

    private bool _pairByAnd;

    /// <summary>Forgets the people and pair of the previous article, keeping the memory's capacity for the next.</summary>
    public void Reset()
    {
        _surnames.Clear();
        _surnameIdBits = 0;
        _surnameWithoutId = false;
        LastPair = null;
        _pairByAnd = false;
    }

    /// <summary>Finds actor and place mentions in the tokens, in text order, without overlaps.</summary>
    public void Find(string text, Token[] tokens, List<ActorMention> actors, List<PlaceMention> places)
    {
        FindMentions(text, tokens, actors, places);
        ResolveBothSides(text, tokens, actors);
    }

    private static readonly IdSet SideNouns = new(new[]
    {
        "side", "sides", "party", "parties", "country", "countries", "nation", "nations", "delegation", "delegations", "leader", "leaders",
    });

    /// <summary>Remembers a pair of countries named together, and reads "the two sides" / "both delegations" as that pair.</summary>
    private void ResolveBothSides(string text, Token[] tokens, List<ActorMention> actors)
    {
        for (int i = 0; i + 1 < actors.Count; i++)
        {
            var x = actors[i];
            var y = actors[i + 1];
            if (x.Kind != ActorKind.Country || y.Kind != ActorKind.Country || x.Id == y.Id) continue;
            var between = text.AsSpan(x.Span.End, Math.Max(0, y.Span.Start - x.Span.End)).Trim();
            // "Russia and the US" names two parties; "the Russia-Ukraine war" names a war between them, a weaker cue
            if (between.SequenceEqual("and") || between.SequenceEqual("and the") || between.SequenceEqual("&"))
                (LastPair, _pairByAnd) = ((x, y), true);
            else if ((between.Length == 0 || between.SequenceEqual("-")) && !_pairByAnd)
                LastPair = (x, y);
        }
        if (LastPair is not { } pair) return;
        bool added = false;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            bool both = tokens[i].Lower is "both" || (tokens[i].Lower is "two" && i > 0 && tokens[i - 1].Lower is "the");
            if (!both || !SideNouns.Contains(tokens[i + 1].LowerId)) continue;
            int start = tokens[i].Lower == "two" ? i - 1 : i;
            var span = TextSpan.FromBounds(tokens[start].Start, tokens[i + 1].End);
            if (OverlapsAny(actors, span)) continue;
            actors.Add(new ActorMention(pair.First.Id, span.Of(text), span, ActorRole.Mentioned, ActorKind.Country));
            actors.Add(new ActorMention(pair.Second.Id, span.Of(text), span, ActorRole.Mentioned, ActorKind.Country));
            added = true;
        }
        // the finder's own mentions are in text order already, without overlaps
        if (added) actors.Sort((a, b) => a.Span.CompareTo(b.Span));
    }

    private static bool OverlapsAny(List<ActorMention> actors, TextSpan span)
    {
        foreach (var a in actors) if (a.Span.Overlaps(span)) return true;
        return false;
    }

    private void FindMentions(string text, Token[] tokens, List<ActorMention> actors, List<PlaceMention> places)
    {
        var names = _knowledge.Aliases.Names;
        for (int i = 0; i < tokens.Length;)
        {
            ref readonly var t = ref tokens[i];
            if (t.Kind == TokenKind.Word && names.TryMatch(text, tokens, i, false, out int len, out var target))
            {
                // a known person's full name may continue past a shorter alias ("Vladimir Putin" vs "Putin"): longest match already
                var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + len - 1].End);
                bool locative = i > 0 && Locatives.Contains(tokens[i - 1].LowerId);
                bool possessiveOrSubject = i + len < tokens.Length && (tokens[i + len].Lower == "'s" || IsVerbish(tokens[i + len]));
                if (target.Place is not null && (target.Actor is null || (locative && !possessiveOrSubject)))
                {
                    places.Add(new PlaceMention(target.Place.Id, span.Of(text), span));
                }
                else if (target.Actor is { } a)
                {
                    actors.Add(new ActorMention(a.Id, span.Of(text), span, ActorRole.Mentioned, a.Kind));
                    if (a.Kind == ActorKind.Person && _knowledge.Aliases.SurnamesById.TryGetValue(a.Id, out var surnames)) Remember(surnames, a.Id);
                }
                i += len;
                continue;
            }
            if (t.Kind == TokenKind.Word && t.Capitalized && TryPerson(text, tokens, i, out int plen, out string? id))
            {
                var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + plen - 1].End);
                actors.Add(new ActorMention(id!, span.Of(text), span, ActorRole.Mentioned, ActorKind.Person));
                i += plen;
                continue;
            }
            i++;
        }
    }

    private void Remember(string[] surnames, string id)
    {
        foreach (var n in surnames)
            if (_surnames.TryAdd(n, id)) NoteSurnameId(Vocabulary.Find(n));
    }

    private void NoteSurnameId(int id)
    {
        if (id < 0) _surnameWithoutId = true;
        else _surnameIdBits |= 1UL << (id & 63);
    }

    /// <summary>Whether <paramref name="t"/> may be a remembered surname: the filter, before the string lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBeSurname(in Token t) =>
        _surnames.Count > 0 && (_surnameWithoutId || t.LowerId < 0 || (_surnameIdBits & (1UL << (t.LowerId & 63))) != 0);

    /// <summary>An unknown person: a capitalised name after a title, or a surname seen before in the article.</summary>
    private bool TryPerson(string text, Token[] tokens, int i, out int length, out string? id)
    {
        length = 0;
        id = null;
        ref readonly var t = ref tokens[i];
        if (NotNames.Contains(t.LowerId)) return false;
        if (MayBeSurname(t) && _surnames.TryGetValue(t.Lower, out var known) && (i + 1 >= tokens.Length || !tokens[i + 1].Capitalized || tokens[i + 1].Kind != TokenKind.Word))
        {
            length = 1;
            id = known;
            return true;
        }
        bool titled = i > 0 && Titles.Contains(tokens[i - 1].LowerId);
        int j = i;
        while (j < tokens.Length && tokens[j].Kind == TokenKind.Word && j - i < 4
               && (tokens[j].Capitalized || (j > i && NameParticles.Contains(tokens[j].LowerId) && j + 1 < tokens.Length && tokens[j + 1].Capitalized))
               && !tokens[j].HyphenBefore && !NotNames.Contains(tokens[j].LowerId) && !Titles.Contains(tokens[j].LowerId))
            j++;
        int n = j - i;
        if (n < 2) return false;
        bool speech = j < tokens.Length && (tokens[j].Lemma is "say" or "tell" or "add" or "note" or "write" or "state" || tokens[j].IsPunct(','));
        if (!titled && !(speech && j < tokens.Length && tokens[j].Lemma is "say" or "tell" or "add" or "note" or "write" or "state")) return false;
        id = n == 2 ? string.Concat("person:", Slug(tokens[i].Lower), "-", Slug(tokens[i + 1].Lower)) : PersonId(tokens, i, j);
        length = n;
        if (_surnames.TryAdd(tokens[j - 1].Lower, id)) NoteSurnameId(tokens[j - 1].LowerId);
        return true;
    }

    private static string PersonId(Token[] tokens, int from, int to)
    {
        var sb = new StringBuilder("person:");
        for (int k = from; k < to; k++)
        {
            if (k > from) sb.Append('-');
            sb.Append(Slug(tokens[k].Lower));
        }
        return sb.ToString();
    }

    // The ASCII letters of each Latin letter U+00C0–U+024F without its accent ("é" → "e", "ł" → "l", "ß" → "ss"; "" for
    // symbols such as "×"), from the Unicode decompositions: a fixed table, so a slug never depends on whether the host
    // process has ICU (string.Normalize does nothing under invariant globalization).
    private const int FoldFirst = 0x00C0;
    private static readonly string[] LatinFold =
    {
        /* U+00C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* U+00D0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        /* U+00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* U+00F0 */ "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        /* U+0100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        /* U+0110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        /* U+0120 */ "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        /* U+0130 */ "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        /* U+0140 */ "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        /* U+0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        /* U+0160 */ "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        /* U+0170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
        /* U+0180 */ "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        /* U+0190 */ "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        /* U+01A0 */ "o", "o", "", "", "", "", "", "", "", "", "", "", "", "", "", "u",
        /* U+01B0 */ "u", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        /* U+01C0 */ "", "", "", "", "", "", "", "", "", "", "", "", "", "a", "a", "i",
        /* U+01D0 */ "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "", "a", "a",
        /* U+01E0 */ "a", "a", "", "", "", "", "g", "g", "k", "k", "o", "o", "o", "o", "", "",
        /* U+01F0 */ "j", "", "", "", "g", "g", "", "", "n", "n", "a", "a", "", "", "", "",
        /* U+0200 */ "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
        /* U+0210 */ "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "", "", "h", "h",
        /* U+0220 */ "", "", "", "", "", "", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",
        /* U+0230 */ "o", "o", "y", "y", "", "", "", "", "", "", "", "", "", "", "", "",
        /* U+0240 */ "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
    };

    /// <summary>The ASCII letters and digits of <paramref name="s"/> (lower case) with accents removed ("müller" → "muller",
    /// "łódź" → "lodz"); other characters are dropped.</summary>
    internal static string Slug(string s)
    {
        // already a slug (lower-case ASCII letters and digits): itself
        bool plain = s.Length > 0;
        foreach (char c in s)
            if (!((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9)) { plain = false; break; }
        if (plain) return s;
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c < 128)
            {
                if (Chars.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            }
            else if ((uint)(c - FoldFirst) < (uint)LatinFold.Length) sb.Append(LatinFold[c - FoldFirst]);
        }
        return sb.ToString();
    }

    internal static bool IsVerbish(in Token t) =>
        t.Kind == TokenKind.Word && !t.Capitalized &&
        (t.Lower is "is" or "was" or "has" or "had" or "have" or "will" or "would" or "could" or "can" or "should" or "must" or "may"
            or "might" or "did" or "does" or "are" or "were" or "said" or "says" or "told" or "presented" or "appeared"
         || (t.EndsWith("ed") && t.Lower.Length > 4));
}
