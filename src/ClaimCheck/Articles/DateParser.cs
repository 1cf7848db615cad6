namespace ClaimCheck.Articles;

/// <summary>Recognises the calendar dates news pages print in datelines, with a hand-written scanner.</summary>
/// <remarks>
/// Shapes: <c>2025-02-20</c> (and <c>2025/02/20</c>, ISO date-times), <c>2nd March 2025</c>,
/// <c>Tuesday, 18 February 2025</c>, <c>18 Feb 2025</c>, <c>February 18, 2025</c>, <c>Feb. 18, 2025</c>.
/// No regular expressions, so time is linear and bounded by the date's length. Thread-safe.
/// </remarks>
internal static class DateParser
{
    private static readonly string[] MonthNames =
    {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    private static readonly string[] WeekdayNames =
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Parses a whole string as a date (ISO date-time, or any dateline shape); surrounding white space is ignored.</summary>
    public static DateOnly? ParseWhole(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        if (!TryParseAt(s, start, end, out var date, out int next)) return null;
        // An ISO date may carry a time ("2025-02-18T10:00:00Z"); other shapes must fill the string.
        if (next == end || s[next] == 'T' || s[next] == ' ' && IsTimeAt(s, SkipSpaces(s, next, end), end)) return date;
        return null;
    }

    /// <summary>Whether a time of day ("10:30", "9:05 am") starts at <paramref name="i"/>.</summary>
    public static bool IsTimeAt(string s, int i, int end)
    {
        int d = 0;
        while (i < end && char.IsAsciiDigit(s[i]) && d < 3) { i++; d++; }
        return d is 1 or 2 && i + 1 < end && s[i] == ':' && char.IsAsciiDigit(s[i + 1]);
    }

    /// <summary>Tries to read a date starting exactly at <paramref name="i"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="i">Where the date must start.</param>
    /// <param name="end">Where scanning must stop.</param>
    /// <param name="date">The date read.</param>
    /// <param name="next">The offset just past the date.</param>
    /// <returns>Whether a valid date was read.</returns>
    public static bool TryParseAt(string s, int i, int end, out DateOnly date, out int next)
    {
        date = default;
        next = i;
        if (i >= end) return false;
        if (char.IsAsciiDigit(s[i]))
        {
            if (TryIso(s, i, end, out date, out next)) return true;
            return TryDayMonthYear(s, i, end, out date, out next);
        }
        if (!char.IsAsciiLetter(s[i])) return false;

        // An optional weekday: "Tuesday, 18 February 2025" or "Tue 18 Feb 2025".
        int j = i;
        int w = ReadWord(s, j, end, out string word);
        if (MatchName(word, WeekdayNames, 3) >= 0 && MatchName(word, MonthNames, 3) < 0)
        {
            j = w;
            if (j < end && s[j] == '.') j++;
            if (j < end && s[j] == ',') j++;
            j = SkipSpaces(s, j, end);
            if (j < end && char.IsAsciiDigit(s[j])) return TryDayMonthYear(s, j, end, out date, out next);
        }
        return TryMonthDayYear(s, j, end, out date, out next);
    }

    private static bool TryIso(string s, int i, int end, out DateOnly date, out int next)
    {
        date = default;
        next = i;
        if (!ReadNumber(s, i, end, 4, 4, out int year, out int p)) return false;
        if (p >= end || (s[p] != '-' && s[p] != '/')) return false;
        char sep = s[p];
        if (!ReadNumber(s, p + 1, end, 1, 2, out int month, out p)) return false;
        if (p >= end || s[p] != sep) return false;
        if (!ReadNumber(s, p + 1, end, 1, 2, out int day, out p)) return false;
        if (p < end && char.IsAsciiDigit(s[p])) return false;
        if (!Make(year, month, day, out date)) return false;
        next = p;
        return true;
    }

    // "18 February 2025", "2nd March 2025", "18 Feb. 2025", "18th of February, 2025".
    private static bool TryDayMonthYear(string s, int i, int end, out DateOnly date, out int next)
    {
        date = default;
        next = i;
        if (!ReadNumber(s, i, end, 1, 2, out int day, out int p)) return false;
        p = SkipOrdinal(s, p, end);
        p = SkipSpaces(s, p, end);
        int w = ReadWord(s, p, end, out string word);
        if (string.Equals(word, "of", StringComparison.OrdinalIgnoreCase))
        {
            p = SkipSpaces(s, w, end);
            w = ReadWord(s, p, end, out word);
        }
        int month = MatchName(word, MonthNames, 3);
        if (month < 0) return false;
        p = w;
        if (p < end && s[p] == '.') p++;
        return TryYearTail(s, p, end, month + 1, day, out date, out next);
    }

    // "February 18, 2025", "Feb. 18, 2025", "Feb 18th 2025".
    private static bool TryMonthDayYear(string s, int i, int end, out DateOnly date, out int next)
    {
        date = default;
        next = i;
        int w = ReadWord(s, i, end, out string word);
        int month = MatchName(word, MonthNames, 3);
        if (month < 0) return false;
        int p = w;
        if (p < end && s[p] == '.') p++;
        p = SkipSpaces(s, p, end);
        if (!ReadNumber(s, p, end, 1, 2, out int day, out p)) return false;
        p = SkipOrdinal(s, p, end);
        return TryYearTail(s, p, end, month + 1, day, out date, out next);
    }

    // The part both shapes end with: an optional comma, then a four-digit year ending the date.
    private static bool TryYearTail(string s, int p, int end, int month, int day, out DateOnly date, out int next)
    {
        date = default;
        next = p;
        if (p < end && s[p] == ',') p++;
        p = SkipSpaces(s, p, end);
        if (!ReadNumber(s, p, end, 4, 4, out int year, out p)) return false;
        if (p < end && char.IsAsciiLetterOrDigit(s[p])) return false;
        if (!Make(year, month, day, out date)) return false;
        next = p;
        return true;
    }

    private static bool Make(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Matches a full name or an abbreviation of at least <paramref name="minPrefix"/> letters ("Feb", "Sept", "Tues").</summary>
    private static int MatchName(string word, string[] names, int minPrefix)
    {
        if (word.Length < minPrefix) return -1;
        for (int k = 0; k < names.Length; k++)
        {
            if (word.Length <= names[k].Length && names[k].StartsWith(word, StringComparison.OrdinalIgnoreCase)) return k;
        }
        return -1;
    }

    private static int ReadWord(string s, int i, int end, out string word)
    {
        int j = i;
        while (j < end && char.IsAsciiLetter(s[j]) && j - i < 12) j++;
        word = s.Substring(i, j - i);
        return j;
    }

    private static bool ReadNumber(string s, int i, int end, int minDigits, int maxDigits, out int value, out int next)
    {
        value = 0;
        int j = i;
        while (j < end && char.IsAsciiDigit(s[j]) && j - i < maxDigits)
        {
            value = value * 10 + (s[j] - '0');
            j++;
        }
        next = j;
        return j - i >= minDigits && (j >= end || !char.IsAsciiDigit(s[j]));
    }

    private static int SkipOrdinal(string s, int p, int end)
    {
        if (p + 1 < end)
        {
            var suffix = s.AsSpan(p, 2);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                if (p + 2 >= end || !char.IsAsciiLetter(s[p + 2])) return p + 2;
            }
        }
        return p;
    }

    private static int SkipSpaces(string s, int i, int end)
    {
        while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\u00A0')) i++;
        return i;
    }
}
