using System.Collections.Frozen;

namespace ClaimCheck.Normalization;

/// <summary>Reduces English word forms to a base form ("agreements" → "agreement", "invited" → "invite").</summary>
/// <remarks>
/// Rule-based with an irregular-forms table; thread-safe (the tables are immutable); allocation only for the result.
/// The rules do not know the part of speech: "meeting" gives "meet". Use <see cref="NounLemma(string)"/> when the word is known
/// to be a noun. Words of three letters or fewer are only looked up in the irregular table ("was" → "be", "us" → "us").
/// </remarks>
public static class Lemmatizer
{
    /// <summary>Returns the lower-case base form of a word.</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its lemma.</returns>
    public static string Lemma(string word)
    {
        if (string.IsNullOrEmpty(word)) return string.Empty;
        return LemmaOfLower(ToLower(word), noun: false);
    }

    /// <summary>Returns the lower-case base form of a word given as a span.</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its lemma.</returns>
    public static string Lemma(ReadOnlySpan<char> word) => word.IsEmpty ? string.Empty : LemmaOfLower(ToLower(word), noun: false);

    /// <summary>Returns the lower-case singular of a noun ("negotiations" → "negotiation", "meeting" → "meeting").</summary>
    /// <remarks>Only plural endings and irregular plurals are undone; verb endings (-ed, -ing) are kept.</remarks>
    /// <param name="word">A noun.</param>
    /// <returns>Its singular form.</returns>
    public static string NounLemma(string word) => string.IsNullOrEmpty(word) ? string.Empty : LemmaOfLower(ToLower(word), noun: true);

    /// <summary>Returns the lower-case singular of a noun given as a span.</summary>
    /// <param name="word">A noun.</param>
    /// <returns>Its singular form.</returns>
    public static string NounLemma(ReadOnlySpan<char> word) => word.IsEmpty ? string.Empty : LemmaOfLower(ToLower(word), noun: true);

    private static string ToLower(string word)
    {
        foreach (char c in word)
        {
            if (char.ToLowerInvariant(c) != c || c == '\u2019') return ToLower(word.AsSpan());
        }
        return StripPossessive(word);
    }

    private static string ToLower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        return StripPossessive(new string(buffer));
    }

    private static string StripPossessive(string w)
    {
        if (w.Length > 2 && w.EndsWith("'s", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 1 && w[^1] == '\'') return w[..^1];
        return w;
    }

    private static string LemmaOfLower(string w, bool noun)
    {
        if (Irregular.TryGetValue(w, out var irregular) && (!noun || !VerbOnly.Contains(w))) return irregular;
        int n = w.Length;
        if (n <= 3 || Invariant.Contains(w)) return w;

        // Plural nouns and third-person verbs.
        if (w.EndsWith("ies", StringComparison.Ordinal)) return n > 4 ? string.Concat(w.AsSpan(0, n - 3), "y") : w[..^1];
        if (w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("yses", StringComparison.Ordinal)) return string.Concat(w.AsSpan(0, n - 2), "is");
        if (w.EndsWith("aches", StringComparison.Ordinal))
        {
            // "headaches" → "headache", but "attaches"/"reaches" → "attach"/"reach".
            char before = n > 5 ? w[n - 6] : 'a';
            return !IsVowel(before) && before != 't' ? w[..^1] : w[..^2];
        }
        if (w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal)
            || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zzes", StringComparison.Ordinal))
            return w[..^2];
        if (w.EndsWith("oes", StringComparison.Ordinal)) return n >= 6 ? w[..^2] : w[..^1];
        if (n > 4 && w.EndsWith("men", StringComparison.Ordinal)) return string.Concat(w.AsSpan(0, n - 3), "man");
        if (w[^1] == 's')
        {
            char p = w[^2];
            return p is 's' or 'u' or 'i' or '\'' ? w : w[..^1];
        }
        if (noun) return w;

        // Verb forms.
        if (n > 4 && w.EndsWith("ied", StringComparison.Ordinal)) return string.Concat(w.AsSpan(0, n - 3), "y");
        if (w.EndsWith("eed", StringComparison.Ordinal)) return w;
        if (n >= 5 && w.EndsWith("ed", StringComparison.Ordinal)) return VerbStem(w.AsSpan(0, n - 2), w);
        if (n >= 5 && w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w.AsSpan(0, n - 3)))
            return VerbStem(w.AsSpan(0, n - 3), w);
        return w;
    }

    /// <summary>Restores a verb stem left by removing -ed/-ing: undoubles ("stopp" → "stop") or adds a silent e ("invit" → "invite").</summary>
    private static string VerbStem(ReadOnlySpan<char> s, string word)
    {
        int len = s.Length;
        if (len >= 3 && s[^1] == s[^2] && !IsVowel(s[^1]) && s[^1] is not ('l' or 's' or 'f' or 'z')) return new string(s[..^1]);
        if (EStems.Contains(new string(s))) return string.Concat(s, "e");
        return NeedsE(s) ? string.Concat(s, "e") : new string(s);
    }

    private static bool NeedsE(ReadOnlySpan<char> s)
    {
        int len = s.Length;
        if (len < 2) return false;
        char last = s[^1], prev = s[^2], prev2 = len >= 3 ? s[^3] : '\0';
        bool cv = IsVowel(prev) && prev2 != '\0' && !IsVowel(prev2);
        switch (last)
        {
            case 'v' or 'c' or 'u':
                return true;
            case 'z':
                return prev != 'z';
            case 'g':
                if (prev == 'n') return len >= 5 && prev2 is 'a' or 'e' or 'u';
                return prev != 'g';
            case 's':
                return prev != 's' && prev != 'e';
            case 'l':
                if (prev is 'l' or 'r' or 'w') return false;
                if (!IsVowel(prev)) return true;
                if (cv && prev is 'i' or 'o' or 'u') return true;
                break;
            case 'd' or 'b' or 'k' or 'm':
                return cv;
            case 'n':
                if (cv && prev == 'i') return true;
                break;
            case 'r':
                if (cv && prev is 'a' or 'i' or 'u') return true;
                break;
            case 't':
                if (cv && prev is 'a' or 'u' or 'o') return true;
                if (prev == 'e' && prev2 is 'l' or 'p') return true;
                break;
        }
        // Porter's *o rule: a short stem ending consonant-vowel-consonant ("hop", "rul", "vot").
        return Measure(s) == 1 && len >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(prev) && !IsVowel(prev2);
    }

    private static int Measure(ReadOnlySpan<char> s)
    {
        int m = 0;
        bool inVowel = false;
        for (int i = 0; i < s.Length; i++)
        {
            bool v = IsVowel(s[i]) || (s[i] == 'y' && i > 0 && !IsVowel(s[i - 1]));
            if (v) inVowel = true;
            else if (inVowel) { m++; inVowel = false; }
        }
        return m;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (IsVowel(c) || c == 'y') return true;
        return false;
    }

    // Stems whose silent e the rules cannot see.
    private static readonly FrozenSet<string> EStems = FrozenSet.ToFrozenSet(new[]
    {
        "invit", "unit", "excit", "ignit", "recit", "incit", "expedit", "explor", "restor", "ignor", "deplor", "implor",
        "ador", "interfer", "adher", "rever", "persever", "coher", "postpon", "escap", "condon", "complet", "compet",
    }, StringComparer.Ordinal);

    // Irregular verb forms that are also nouns ("a saw", "the left"): NounLemma leaves them to the plural rules.
    private static readonly FrozenSet<string> VerbOnly = FrozenSet.ToFrozenSet(new[]
    {
        "meeting", "building", "left", "found", "saw", "bound", "lay", "lead", "leaves", "felt", "rose", "bore", "shot",
        "stuck", "ring", "lit", "dealt", "spoken", "sought",
    }, StringComparer.Ordinal);

    private static readonly FrozenSet<string> Invariant = FrozenSet.ToFrozenSet(new[]
    {
        "news", "series", "species", "always", "perhaps", "whereas", "besides", "towards", "afterwards", "sometimes",
        "nevertheless", "unless", "thus", "yes", "its", "his", "hers", "ours", "yours", "theirs", "chaos", "lens", "bias",
        "atlas", "alias", "canvas", "politics", "economics", "physics", "ethics", "mathematics", "geopolitics",
        "logistics", "athletics", "texas", "kansas", "christmas", "headquarters", "indeed", "hundred", "sacred",
        "naked", "wicked", "kindred", "hatred", "during", "morning", "evening", "ceiling", "nothing", "something",
        "anything", "everything", "sibling", "darling", "ongoing", "specimen", "abdomen", "regimen", "omen", "amen",
        "stamen", "themselves", "ourselves", "yourselves", "people", "police", "data", "media", "whereby", "united",
        "thanks", "arms", "this", "less", "across", "glass", "class", "pass", "boss", "kudos", "ethos", "pathos",
        "cosmos", "pancreas", "upstairs", "downstairs", "overseas", "sometimes", "various", "numerous",
    }, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Irregular = BuildIrregular();

    private static FrozenDictionary<string, string> BuildIrregular()
    {
        // "base: form form …" — every form maps to the base.
        string[] rows =
        [
            "be: am is are was were been being", "have: has had having", "do: does did done doing",
            "go: goes went gone going", "say: said says", "make: made making", "take: took taken taking",
            "come: came coming", "see: saw seen seeing", "know: knew known", "get: got gotten getting",
            "give: gave given giving", "find: found", "think: thought", "tell: told", "become: became becoming",
            "leave: left leaves leaving", "feel: felt", "bring: brought", "begin: began begun beginning",
            "keep: kept", "hold: held", "write: wrote written writing", "stand: stood", "hear: heard",
            "mean: meant", "meet: met", "run: ran running", "pay: paid", "sit: sat sitting",
            "speak: spoke spoken", "lead: led", "grow: grew grown", "lose: lost losing", "fall: fell fallen",
            "send: sent", "build: built", "understand: understood", "draw: drew drawn", "break: broke broken",
            "spend: spent", "rise: rose risen rising", "drive: drove driven driving", "buy: bought",
            "wear: wore worn", "choose: chose chosen choosing", "seek: sought", "throw: threw thrown",
            "catch: caught", "deal: dealt", "win: won winning", "forget: forgot forgotten", "lay: laid",
            "sell: sold", "fight: fought", "teach: taught", "eat: ate eaten", "fly: flew flown",
            "hide: hid hidden", "shake: shook shaken", "steal: stole stolen", "strike: struck stricken",
            "swear: swore sworn", "freeze: froze frozen", "forbid: forbade forbidden",
            "withdraw: withdrew withdrawn", "undertake: undertook undertaken", "overcome: overcame",
            "arise: arose arisen", "bear: bore borne", "flee: fled fleeing", "feed: fed", "shoot: shot",
            "slide: slid", "hang: hung", "dig: dug", "stick: stuck", "swing: swung", "sink: sank sunk",
            "wake: woke woken", "tear: tore torn", "ring: rang rung", "drink: drank drunk", "ride: rode ridden",
            "light: lit", "lend: lent", "bend: bent", "mistake: mistook mistaken", "foresee: foresaw foreseen",
            "uphold: upheld", "withhold: withheld", "oversee: oversaw overseen", "rebuild: rebuilt",
            "forgive: forgave forgiven", "spin: spun", "sting: stung", "bleed: bled", "breed: bred",
            "sweep: swept", "sleep: slept", "weep: wept", "kneel: knelt", "shine: shone", "swim: swam swum",
            "sing: sang sung", "strive: strove striven", "beat: beaten", "bite: bitten", "agree: agreed",
            "add: added adding", "use: used using", "die: died dying", "lie: lying", "tie: tied tying",
            "owe: owed", "age: aged", "free: freed", "guarantee: guaranteed", "decree: decreed",
            "focus: focused focussed focusing focussing focuses", "travel: travelled travelling",
            "cancel: cancelled cancelling", "label: labelled labelling", "model: modelled modelling",
            "fuel: fuelled fuelling", "signal: signalled signalling", "control: controlled controlling",
            "patrol: patrolled patrolling", "compel: compelled", "expel: expelled", "propel: propelled",
            "enrol: enrolled", "excel: excelled", "pilot: piloted piloting", "pivot: pivoted",
            "child: children", "man: men", "woman: women", "mouse: mice", "foot: feet", "tooth: teeth",
            "goose: geese", "ox: oxen", "criterion: criteria", "phenomenon: phenomena", "crisis: crises",
            "thesis: theses", "diagnosis: diagnoses", "hypothesis: hypotheses", "emphasis: emphases",
            "index: indices", "matrix: matrices", "appendix: appendices", "life: lives",
            "wife: wives", "knife: knives", "half: halves", "wolf: wolves", "shelf: shelves", "thief: thieves",
            "self: selves", "bus: buses", "gas: gases", "bias: biases", "status: statuses", "virus: viruses",
            "bonus: bonuses", "campus: campuses", "census: censuses", "movie: movies", "cookie: cookies",
            "quiz: quizzes", "ally: allies", "leaf: leaves",
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            int colon = row.IndexOf(':');
            string lemma = row[..colon];
            foreach (var form in row[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map.TryAdd(form, lemma);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
