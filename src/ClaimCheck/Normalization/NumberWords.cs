using System.Collections.Frozen;
using System.Runtime.CompilerServices;
namespace ClaimCheck.Normalization;

/// <summary>The closed word lists the quantity and time scanners consult: number words, ordinals, units, months, weekdays, function words.</summary>
/// <remarks>Every lookup lower-cases into a small stack buffer, so none allocates; words longer than the buffer match nothing.</remarks>
internal static class NumberWords
{
    private const int MaxWord = 16;

    private static readonly string[] Cardinals =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety",
    };

    private static readonly string[] Ordinals =
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
    };

    private static readonly string[] Months =
    {
        "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug",
        "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec",
    };

    private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>The first words of the quantity modifiers ("more than", "at least", "about"): <see cref="QuantityParser"/>
    /// reads a modifier only at these.</summary>
    internal static readonly IReadOnlyList<string> ModifierStarters = new[]
    {
        "no", "just", "more", "upwards", "greater", "in", "fewer", "less", "at", "a", "up", "as", "close", "only", "an", "nearly",
        "almost", "barely", "scarcely", "hardly", "over", "above", "exceeding", "under", "below", "about", "around", "roughly",
        "approximately", "some", "circa", "approx", "estimated", "between",
    };

    /// <summary>
    /// Every word a quantity can start with: the first words of the modifiers, "a"/"an", "half", the vague amounts, and the
    /// cardinal and ordinal words. <see cref="QuantityParser"/> tries no other word, so an ordinary word costs one lookup.
    /// </summary>
    internal static readonly IReadOnlyList<string> QuantityStarters = ModifierStarters.Concat(new[]
    {
        "half", "several", "dozens", "hundreds", "tens", "thousands", "millions", "billions",
    }).Concat(Cardinals).Concat(Ordinals).Distinct().ToArray();

    /// <summary>
    /// Every word a time expression can start with: months, weekdays, the relative words (today, last, this, next, the past,
    /// earlier, in …) and the counts of "two days ago" ("a", "several", cardinals). <see cref="TimeParser"/> tries no other word.
    /// </summary>
    internal static readonly IReadOnlyList<string> TimeStarters = new[]
    {
        "today", "tonight", "yesterday", "tomorrow", "this", "last", "the", "past", "earlier", "later", "next", "in", "a", "an",
        "several",
    }.Concat(Cardinals).Concat(Months).Concat(Weekdays).ToArray();

    /// <summary>A word may start a quantity (<see cref="QuantityStarters"/>).</summary>
    public const byte StartsQuantity = 1;

    /// <summary>A word may start a time expression (<see cref="TimeStarters"/>).</summary>
    public const byte StartsTime = 2;

    /// <summary>A word may start a quantity modifier (<see cref="ModifierStarters"/>).</summary>
    public const byte StartsModifier = 4;

    /// <summary>A word may start an amount: "a"/"an", "half", the vague amounts, cardinals and ordinals (<see cref="AmountStarters"/>).</summary>
    public const byte StartsAmount = 8;

    /// <summary>A weekday name.</summary>
    public const byte WeekdayWord = 16;

    /// <summary>A cardinal number word ("zero" … "ninety").</summary>
    public const byte CardinalWord = 32;

    /// <summary>A word without which, and without a number token, a sentence holds no quantity and no date
    /// (<see cref="PayloadWords"/>).</summary>
    public const byte Payload = 64;

    /// <summary>
    /// The words one of which (or a number token) every quantity and every time expression contains: number words,
    /// ordinals, scale and vague amounts ("dozen", "few", "several", "thousands"), months, weekdays, the day words (today,
    /// tonight, yesterday, tomorrow, morning, afternoon, evening, night, weekend) and the duration units. A sentence with
    /// none of them needs neither scanner.
    /// </summary>
    internal static readonly IReadOnlyList<string> PayloadWords = new[]
    {
        "dozen", "few", "couple", "half", "hundred", "thousand", "million", "billion", "trillion", "several", "dozens",
        "hundreds", "tens", "thousands", "millions", "billions", "today", "tonight", "yesterday", "tomorrow", "morning",
        "afternoon", "evening", "night", "weekend", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
        "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century",
        "centuries",
    }.Concat(Cardinals).Concat(Ordinals).Concat(Months).Concat(Weekdays).Distinct().ToArray();

    /// <summary>
    /// How far a quantity or time expression can start before its first number token or <see cref="PayloadWords"/> word:
    /// the longest modifier is three words ("no more than", "in excess of", "as many as") and an amount may open with "a"
    /// ("more than a dozen"), so the payload sits at most four tokens after the start; two more are margin. The scanners do not
    /// try a start with no payload that close.
    /// </summary>
    public const int MaxLeadToPayload = 6;

    /// <summary>Whether a number token is, or may be part of, what every quantity and date contains: a number, an id, or a
    /// <see cref="PayloadWords"/> word.</summary>
    internal static bool IsPayload(in NumberToken t) => t.Kind != NumberTokenKind.Word || (t.Starts & Payload) != 0;

    /// <summary>Whether no quantity or date can start at token <paramref name="i"/>: the next number or payload word is more
    /// than <see cref="MaxLeadToPayload"/> tokens away. <paramref name="payload"/> carries the search position from one call to
    /// the next (start it at 0, call with rising <paramref name="i"/>), so a whole scan stays linear.</summary>
    internal static bool FarFromPayload(NumberToken[] tokens, int i, ref int payload)
    {
        if (payload < i) payload = i;
        while (payload < tokens.Length && !IsPayload(tokens[payload])) payload++;
        return payload - i > MaxLeadToPayload;
    }

    /// <summary>The words an amount can start with (see <see cref="StartsAmount"/>).</summary>
    internal static readonly IReadOnlyList<string> AmountStarters = new[]
    {
        "a", "an", "half", "several", "dozens", "hundreds", "tens", "thousands", "millions", "billions",
    }.Concat(Cardinals).Concat(Ordinals).ToArray();

    private static readonly FrozenDictionary<string, byte> StartsByWord =
        QuantityStarters.Select(w => (w, StartsQuantity)).Concat(TimeStarters.Select(w => (w, StartsTime)))
            .Concat(ModifierStarters.Select(w => (w, StartsModifier)))
            .Concat(AmountStarters.Select(w => (w, StartsAmount)))
            .Concat(Weekdays.Select(w => (w, WeekdayWord)))
            .Concat(Cardinals.Select(w => (w, CardinalWord)))
            .Concat(PayloadWords.Select(w => (w, Payload)))
            .GroupBy(x => x.w, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (byte)g.Aggregate(0, (f, x) => f | x.Item2), StringComparer.OrdinalIgnoreCase);

    // The same flags by vocabulary id of the lower-case word, for tokens that carry one.
    private static readonly byte[] StartsById = BuildStartsById();

    private static byte[] BuildStartsById()
    {
        var ids = StartsByWord.Select(kv => (Id: Vocabulary.Intern(kv.Key), kv.Value)).ToList();
        var table = new byte[ids.Max(x => x.Id) + 1];
        foreach (var (id, flags) in ids) table[id] = flags;
        return table;
    }

    /// <summary>Which scanners may start at the word with this lower-case vocabulary id (see <see cref="StartFlags"/>).</summary>
    public static byte StartFlagsOf(int lowerId) => (uint)lowerId < (uint)StartsById.Length ? StartsById[lowerId] : (byte)0;

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> StartsBySpan =
        StartsByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Which scanners may start at this word: <see cref="StartsQuantity"/>, <see cref="StartsTime"/>, both or none.</summary>
    public static byte StartFlags(ReadOnlySpan<char> word) => StartsBySpan.TryGetValue(word, out byte flags) ? flags : (byte)0;
#else
    /// <summary>Which scanners may start at this word: <see cref="StartsQuantity"/>, <see cref="StartsTime"/>, both or none.</summary>
    public static byte StartFlags(ReadOnlySpan<char> word) => word.Length <= 64 && StartsByWord.TryGetValue(word.ToString(), out byte flags) ? flags : (byte)0;
#endif

    /// <summary>Lower-cases <paramref name="word"/> into <paramref name="buffer"/>, mapping ’ to '; empty when too long.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return ReadOnlySpan<char>.Empty;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        return buffer[..word.Length];
    }

    /// <summary>The scale factors <see cref="Scale(ReadOnlySpan{char})"/> knows, indexed by <see cref="WordFacts"/>.</summary>
    private static readonly double[] ScaleFactors = { 0, 12, 100, 1e3, 1e6, 1e9, 1e12 };

    /// <summary>The unit names <see cref="DurationUnit(ReadOnlySpan{char})"/> gives, indexed by <see cref="WordFacts"/> (0: none).</summary>
    private static readonly string?[] DurationUnits =
        { null, "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century" };

    // WordFacts of each vocabulary id met so far (0: not yet computed). Grown under the lock; a value is written whole, and a
    // write lost to a concurrent growth is computed again later.
    private static ulong[] _factsById = new ulong[4096];
    private static readonly object FactsGate = new();

    /// <summary>The facts of scanner token <paramref name="token"/>'s core, kept in the token: computed at most once per
    /// token, and for a plain word (which comes from the tokenizer with its vocabulary id) once per id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordFacts FactsOf(string text, ref NumberToken token) =>
        WordFacts.IsKnown(token.Facts) ? new WordFacts(token.Facts) : ReadFacts(text, ref token);

    private static WordFacts ReadFacts(string text, ref NumberToken token)
    {
        var core = text.AsSpan(token.Start, token.CoreEnd - token.Start);
        var facts = WordFacts.IsPendingId(token.Facts) ? FactsOf(WordFacts.PendingId(token.Facts), core) : FactsOf(core);
        token.Facts = facts.Bits;
        return facts;
    }

    /// <summary>The facts of the word with vocabulary id <paramref name="id"/>, whose core (lower-cased by the lookups
    /// themselves) is <paramref name="core"/>: computed once per id, then one array read.</summary>
    /// <remarks>Valid because every lookup lower-cases (and folds ’ to ') first, exactly as the id's string was made.</remarks>
    public static WordFacts FactsOf(int id, ReadOnlySpan<char> core)
    {
        if (id < 0) return FactsOf(core);
        var table = Volatile.Read(ref _factsById);
        if ((uint)id < (uint)table.Length)
        {
            ulong bits = Volatile.Read(ref table[id]);
            if (bits != 0) return new WordFacts(bits);
        }
        var facts = FactsOf(core);
        if ((uint)id >= (uint)table.Length)
        {
            lock (FactsGate)
            {
                table = _factsById;
                if ((uint)id >= (uint)table.Length)
                {
                    var grown = new ulong[Math.Max(id + 1, table.Length * 2)];
                    table.CopyTo(grown, 0);
                    Volatile.Write(ref _factsById, table = grown);
                }
            }
        }
        Volatile.Write(ref table[id], facts.Bits);
        return facts;
    }

    /// <summary>The facts of one word, every lookup of this class done on it.</summary>
    public static WordFacts FactsOf(ReadOnlySpan<char> word)
    {
        double scale = Scale(word);
        string? unit = DurationUnit(word);
        var weekday = Weekday(word);
        return new WordFacts(Cardinal(word), Ordinal(word), Month(word), weekday is { } d ? (int)d : -1,
            Array.IndexOf(ScaleFactors, scale), Array.IndexOf(DurationUnits, unit),
            IsStop(word), LooksPlural(word), IsOrdinalDeterminer(word), IsWeekdayNamePrefix(word), IsMonthAbbreviation(word));
    }

    /// <summary>What the lookups of <see cref="NumberWords"/> say about one word, packed in one value that is read and written
    /// whole.</summary>
    internal readonly struct WordFacts
    {
        private const ulong KnownBit = 1UL << 63;
        private const ulong PendingBit = 1UL << 62;

        public WordFacts(ulong bits) => Bits = bits;

        /// <summary>Whether <paramref name="bits"/> are facts (not 0, not a pending id).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool IsKnown(ulong bits) => (bits & KnownBit) != 0;

        /// <summary>A token's value before its facts are read: the word's vocabulary id, to look them up by.</summary>
        public static ulong Pending(int id) => PendingBit | (uint)id;

        /// <summary>Whether <paramref name="bits"/> hold a vocabulary id still to be looked up (<see cref="Pending"/>).</summary>
        public static bool IsPendingId(ulong bits) => (bits & PendingBit) != 0;

        /// <summary>The vocabulary id in a <see cref="Pending"/> value.</summary>
        public static int PendingId(ulong bits) => (int)(uint)bits;

        public WordFacts(int cardinal, int ordinal, int month, int weekday, int scale, int duration,
            bool stop, bool plural, bool ordinalDeterminer, bool weekdayPrefix, bool monthAbbreviation)
        {
            // every field is small and non-negative here (the -1 of "none" becomes 0)
            Bits = KnownBit | (uint)(cardinal + 1) | (ulong)(uint)(ordinal + 1) << 8 | (ulong)(uint)month << 16
                | (ulong)(uint)(weekday + 1) << 20 | (ulong)(uint)scale << 24 | (ulong)(uint)duration << 28
                | (stop ? 1UL << 32 : 0) | (plural ? 1UL << 33 : 0)
                | (ordinalDeterminer ? 1UL << 34 : 0) | (weekdayPrefix ? 1UL << 35 : 0) | (monthAbbreviation ? 1UL << 36 : 0);
        }

        /// <summary>The packed value; never 0.</summary>
        public ulong Bits { get; }

        /// <summary>As <see cref="NumberWords.Cardinal(ReadOnlySpan{char})"/>.</summary>
        public int Cardinal => (int)(Bits & 0xFF) - 1;
        /// <summary>As <see cref="NumberWords.Ordinal(ReadOnlySpan{char})"/>.</summary>
        public int Ordinal => (int)(Bits >> 8 & 0xFF) - 1;
        /// <summary>As <see cref="NumberWords.Month(ReadOnlySpan{char})"/>.</summary>
        public int Month => (int)(Bits >> 16 & 0xF);
        /// <summary>As <see cref="NumberWords.Weekday(ReadOnlySpan{char})"/>.</summary>
        public DayOfWeek? Weekday => (Bits >> 20 & 0xF) is var w and > 0 ? (DayOfWeek)(w - 1) : null;
        /// <summary>As <see cref="NumberWords.Scale(ReadOnlySpan{char})"/>.</summary>
        public double Scale => ScaleFactors[(int)(Bits >> 24 & 0xF)];
        /// <summary>As <see cref="NumberWords.DurationUnit(ReadOnlySpan{char})"/>.</summary>
        public string? DurationUnit => DurationUnits[(int)(Bits >> 28 & 0xF)];
        /// <summary>As <see cref="NumberWords.IsStop(ReadOnlySpan{char})"/>.</summary>
        public bool IsStop => (Bits & 1UL << 32) != 0;
        /// <summary>As <see cref="NumberWords.LooksPlural(ReadOnlySpan{char})"/>.</summary>
        public bool LooksPlural => (Bits & 1UL << 33) != 0;
        /// <summary>As <see cref="NumberWords.IsOrdinalDeterminer(ReadOnlySpan{char})"/>.</summary>
        public bool IsOrdinalDeterminer => (Bits & 1UL << 34) != 0;
        /// <summary>As <see cref="NumberWords.IsWeekdayNamePrefix(ReadOnlySpan{char})"/>.</summary>
        public bool IsWeekdayNamePrefix => (Bits & 1UL << 35) != 0;
        /// <summary>As <see cref="NumberWords.IsMonthAbbreviation(ReadOnlySpan{char})"/>.</summary>
        public bool IsMonthAbbreviation => (Bits & 1UL << 36) != 0;
    }

    /// <summary>Lower-cases an ASCII <paramref name="word"/> into <paramref name="buffer"/>; empty when it is too long or has
    /// a character outside ASCII (which no word of these tables has, and which <see cref="NumberToken.Spells"/> never
    /// equates with an ASCII letter).</summary>
    public static ReadOnlySpan<char> AsciiLower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return ReadOnlySpan<char>.Empty;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c >= 128) return ReadOnlySpan<char>.Empty;
            buffer[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
        return buffer[..word.Length];
    }

    /// <summary>The value of a cardinal word ("zero" … "ninety"), or -1.</summary>
    public static int Cardinal(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "zero" => 0, "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
            "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14,
            "fifteen" => 15, "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20,
            "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
            _ => -1,
        };
    }

    /// <summary>The factor of a scale word ("hundred", "thousand", "million", "billion", "trillion", "dozen"), or 0.</summary>
    public static double Scale(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "dozen" => 12, "hundred" => 100, "thousand" => 1e3, "million" => 1e6, "billion" => 1e9, "trillion" => 1e12,
            _ => 0,
        };
    }

    /// <summary>The position an ordinal word names ("first" … "twentieth", "thirtieth"), or -1.</summary>
    public static int Ordinal(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, "sixth" => 6, "seventh" => 7,
            "eighth" => 8, "ninth" => 9, "tenth" => 10, "eleventh" => 11, "twelfth" => 12, "thirteenth" => 13,
            "fourteenth" => 14, "fifteenth" => 15, "sixteenth" => 16, "seventeenth" => 17, "eighteenth" => 18,
            "nineteenth" => 19, "twentieth" => 20, "thirtieth" => 30,
            _ => -1,
        };
    }

    /// <summary>The singular unit name of a duration word ("hours" → "hour"), or <c>null</c>.</summary>
    public static string? DurationUnit(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "second" or "seconds" => "second",
            "minute" or "minutes" => "minute",
            "hour" or "hours" => "hour",
            "day" or "days" => "day",
            "week" or "weeks" => "week",
            "fortnight" or "fortnights" => "fortnight",
            "month" or "months" => "month",
            "year" or "years" => "year",
            "decade" or "decades" => "decade",
            "century" or "centuries" => "century",
            _ => null,
        };
    }

    /// <summary>The month number (1–12) of a full or abbreviated month name, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "january" or "jan" => 1, "february" or "feb" => 2, "march" or "mar" => 3, "april" or "apr" => 4,
            "may" => 5, "june" or "jun" => 6, "july" or "jul" => 7, "august" or "aug" => 8,
            "september" or "sep" or "sept" => 9, "october" or "oct" => 10, "november" or "nov" => 11,
            "december" or "dec" => 12,
            _ => 0,
        };
    }

    /// <summary>Whether a month word is an abbreviation ("Feb").</summary>
    public static bool IsMonthAbbreviation(ReadOnlySpan<char> word) => word.Length <= 4 && !word.Equals("june", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("july", StringComparison.OrdinalIgnoreCase) && !word.Equals("may", StringComparison.OrdinalIgnoreCase);

    /// <summary>The day of week a weekday name names, or <c>null</c>.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "monday" => DayOfWeek.Monday, "tuesday" => DayOfWeek.Tuesday, "wednesday" => DayOfWeek.Wednesday,
            "thursday" => DayOfWeek.Thursday, "friday" => DayOfWeek.Friday, "saturday" => DayOfWeek.Saturday,
            "sunday" => DayOfWeek.Sunday,
            _ => null,
        };
    }

    /// <summary>Whether the word names a feast or event when it precedes a weekday ("Good Friday", "Super Tuesday").</summary>
    public static bool IsWeekdayNamePrefix(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "black" or "good" or "super" or "bloody" or "ash" or "maundy" or "holy" or "easter" or "cyber" or "palm"
                or "shrove" or "fat" or "giving" or "whit" or "low" or "great" or "blue" or "mad" => true,
            _ => false,
        };
    }

    /// <summary>Whether the word ends a counted noun phrase: a function word, auxiliary or common reporting verb.</summary>
    public static bool IsStop(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        var w = Lower(word, b);
        if (w.IsEmpty) return false;
        switch (w)
        {
            case "of" or "in" or "to" or "for" or "on" or "at" or "with" or "and" or "or" or "but" or "nor" or "that"
                or "which" or "who" or "whom" or "whose" or "was" or "were" or "is" or "are" or "be" or "been" or "being"
                or "am" or "has" or "have" or "had" or "will" or "would" or "could" or "should" or "may" or "might"
                or "must" or "can" or "shall" or "did" or "do" or "does" or "said" or "says" or "say" or "than" or "as"
                or "from" or "by" or "between" or "since" or "after" or "before" or "during" or "over" or "under"
                or "about" or "into" or "onto" or "through" or "against" or "among" or "amid" or "without" or "within"
                or "per" or "each" or "also" or "not" or "no" or "its" or "their" or "his" or "her" or "the" or "a"
                or "an" or "this" or "these" or "those" or "there" or "here" or "it" or "they" or "he" or "she" or "we"
                or "you" or "i" or "them" or "ago" or "later" or "earlier" or "more" or "less" or "fewer" or "so"
                or "if" or "when" or "while" or "where" or "ahead" or "away" or "back" or "other" or "only" or "just"
                or "too" or "very" or "then" or "now" or "yet" or "already" or "still" or "again" or "including"
                or "like" or "such" or "both" or "all" or "via" or "up" or "out" or "off" or "down" or "pm" or "gmt"
                or "utc" or "until" or "till" or "toward" or "towards" or "across" or "beyond" or "because" or "though"
                or "although" or "whether" or "how" or "what" or "why" or "ever" or "never" or "long" or "old"
                or "percent" or "apart" or "left" or "remain" or "remained" or "remaining" or "took" or "take"
                or "takes" or "got" or "get" or "gets" or "became" or "become" or "made" or "make":
                return true;
        }
        return Cardinal(w) >= 0 || Month(w) > 0 || Weekday(w) is not null;
    }

    /// <summary>Whether a word is probably a plural noun (or a third-person verb): "terminals", "people".</summary>
    public static bool LooksPlural(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord * 2];
        var w = Lower(word, b);
        if (w.Length < 3) return false;
        switch (w)
        {
            case "people" or "children" or "men" or "women" or "police" or "personnel" or "feet" or "teeth" or "mice"
                or "troops" or "cattle" or "staff" or "crew" or "data" or "media" or "criteria" or "phenomena":
                return true;
            case "news" or "series" or "species" or "this" or "its" or "his" or "was" or "has" or "does" or "always"
                or "perhaps" or "thus" or "whereas":
                return false;
        }
        if (w.Length > 4 && w.EndsWith("men")) return true;
        if (w[^1] != 's') return false;
        char p = w[^2];
        return p != 's' && p != 'u' && p != 'i' && p != '\'';
    }

    /// <summary>Whether a word is a determiner or possessive that may precede an ordinal ("the first").</summary>
    public static bool IsOrdinalDeterminer(ReadOnlySpan<char> word)
    {
        Span<char> b = stackalloc char[MaxWord];
        return Lower(word, b) switch
        {
            "the" or "a" or "an" or "its" or "his" or "her" or "their" or "our" or "this" or "that" or "whose" or "my"
                or "your" or "every" or "each" => true,
            _ => false,
        };
    }
}
