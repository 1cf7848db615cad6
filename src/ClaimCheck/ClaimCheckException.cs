namespace ClaimCheck;

/// <summary>The base of every exception ClaimCheck throws on input it cannot use.</summary>
/// <remarks>Catch this type to handle any bad-input failure; bugs surface as other exception types.</remarks>
public class ClaimCheckException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or source id the problem is in, when known.</param>
    /// <param name="message">What is wrong, in one line.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ClaimCheckException(string? source, string message, Exception? inner = null)
        : base(source is null ? message : $"{source}: {message}", inner)
    {
        Source = source;
        Problem = message;
    }

    /// <summary>The file name or source id the problem is in, when known.</summary>
    public new string? Source { get; }

    /// <summary>What is wrong, without the source prefix.</summary>
    public string Problem { get; }
}

/// <summary>Thrown when an article cannot be read: missing, unreadable, binary, badly encoded or malformed.</summary>
public class ArticleReadException : ClaimCheckException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or source id.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="position">Where in the input the problem was found (line:column or byte offset), when known.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ArticleReadException(string? source, string message, string? position = null, Exception? inner = null)
        : base(source, position is null ? message : $"{message} (at {position})", inner)
    {
        Position = position;
    }

    /// <summary>Where in the input the problem was found, when known.</summary>
    public string? Position { get; }
}

/// <summary>Thrown when an input is larger than the configured limits allow and cannot be cut safely.</summary>
public sealed class InputLimitException : ArticleReadException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or source id.</param>
    /// <param name="message">Which limit was exceeded.</param>
    public InputLimitException(string? source, string message) : base(source, message) { }
}

/// <summary>Thrown when a caller-supplied table (aliases, lexicon) or pair file is malformed.</summary>
public sealed class ConfigurationDataException : ClaimCheckException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or table name.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public ConfigurationDataException(string? source, string message, Exception? inner = null) : base(source, message, inner) { }
}
