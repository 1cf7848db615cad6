namespace ClaimCheck.Normalization;

/// <summary>Calendar arithmetic that reports failure instead of throwing at the ends of <see cref="DateOnly"/>'s range.</summary>
internal static class DateMath
{
    private static readonly int MinDay = DateOnly.MinValue.DayNumber;
    private static readonly int MaxDay = DateOnly.MaxValue.DayNumber;

    public static bool TryCreate(long year, long month, long day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
        if (day > DateTime.DaysInMonth((int)year, (int)month)) return false;
        date = new DateOnly((int)year, (int)month, (int)day);
        return true;
    }

    public static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        result = default;
        long n = date.DayNumber + days;
        if (n < MinDay || n > MaxDay) return false;
        result = DateOnly.FromDayNumber((int)n);
        return true;
    }

    /// <summary>Adds whole months, clamping the day to the target month's length.</summary>
    public static bool TryAddMonths(DateOnly date, long months, out DateOnly result)
    {
        result = default;
        long index = date.Year * 12L + (date.Month - 1) + months;
        long year = Math.DivRem(index, 12, out long m);
        if (year < 1 || year > 9999) return false;
        int day = Math.Min(date.Day, DateTime.DaysInMonth((int)year, (int)m + 1));
        return TryCreate(year, m + 1, day, out result);
    }

    public static bool TryMonth(long year, long month, out DateOnly from, out DateOnly to)
    {
        to = default;
        if (!TryCreate(year, month, 1, out from)) return false;
        return TryCreate(year, month, DateTime.DaysInMonth((int)year, (int)month), out to);
    }

    public static bool TryYear(long year, out DateOnly from, out DateOnly to)
    {
        to = default;
        return TryCreate(year, 1, 1, out from) && TryCreate(year, 12, 31, out to);
    }

    /// <summary>The Monday of the ISO week holding <paramref name="date"/>.</summary>
    public static bool TryWeekStart(DateOnly date, out DateOnly monday) =>
        TryAddDays(date, -(((int)date.DayOfWeek + 6) % 7), out monday);

    /// <summary>Offset of a weekday from Monday (Monday 0 … Sunday 6).</summary>
    public static int FromMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
