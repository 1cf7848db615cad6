using FuzzySharp;

namespace ClaimCheck.Comparison;

/// <summary>Decides whether two actor ids name the same actor, forgiving unseen spelling variants of people.</summary>
/// <remarks>
/// Ids from the alias table already unify known variants (Yuri/Yury Ushakov). For people not in the table the
/// id is built from the name as written, so "person:mohammd-bin-salman" and "person:mohammed-bin-salman" differ;
/// they are taken as one person when FuzzySharp's ratio of the surnames is at least
/// <see cref="SurnameThreshold"/> and of the full names at least <see cref="FullNameThreshold"/>. The thresholds
/// are set by tests: transliteration variants (Zelenskiy/Zelensky 94, Mohammd/Mohammed bin Salman 97) pass,
/// different people with similar names (Mike/Mark Waltz … Rutte/Ruto 75) do not.
/// </remarks>
public static class ActorMatcher
{
    /// <summary>Smallest surname ratio (0–100) for two unknown people to match.</summary>
    public const int SurnameThreshold = 85;

    /// <summary>Smallest full-name ratio (0–100) for two unknown people to match.</summary>
    public const int FullNameThreshold = 80;

    /// <summary>Whether the two ids name the same actor.</summary>
    /// <param name="a">An actor id.</param>
    /// <param name="b">Another actor id.</param>
    /// <returns><c>true</c> when they match.</returns>
    public static bool Same(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        if (!a.StartsWith("person:", StringComparison.Ordinal) || !b.StartsWith("person:", StringComparison.Ordinal)) return false;
        string na = a[7..], nb = b[7..];
        string sa = na[(na.LastIndexOf('-') + 1)..], sb = nb[(nb.LastIndexOf('-') + 1)..];
        if (Fuzz.Ratio(sa, sb) < SurnameThreshold) return false;
        // a bare surname matches any full name with that surname
        if (na.IndexOf('-') < 0 || nb.IndexOf('-') < 0) return true;
        return Fuzz.Ratio(na.Replace('-', ' '), nb.Replace('-', ' ')) >= FullNameThreshold;
    }
}
