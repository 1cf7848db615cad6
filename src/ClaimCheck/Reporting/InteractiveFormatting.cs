namespace ClaimCheck.Reporting;

/// <summary>Names the formatter source that notebook front ends use for a type.</summary>
/// <remarks>
/// .NET Interactive (Polyglot Notebooks) recognises this attribute by its type name alone and reads
/// <see cref="FormatterSourceType"/> and <see cref="PreferredMimeTypes"/> by reflection, so ClaimCheck gets rich
/// notebook display without depending on <c>Microsoft.DotNet.Interactive.Formatting</c>. Internal on purpose: it is
/// a convention, not API.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The type whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a front end should prefer, best first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>Creates the notebook formatters of <see cref="CrossCheckReport"/>, found by convention.</summary>
/// <remarks>.NET Interactive creates it with its public parameterless constructor and calls <see cref="CreateTypeFormatters"/>.</remarks>
internal sealed class InteractiveFormatterSource
{
    /// <summary>One formatter per MIME type: HTML for rich display, plain text as the fallback.</summary>
    public IEnumerable<object> CreateTypeFormatters() => new object[]
    {
        new InteractiveFormatter("text/html"),
        new InteractiveFormatter("text/plain"),
    };
}

/// <summary>A formatter in the shape .NET Interactive looks for: <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>.</summary>
internal sealed class InteractiveFormatter
{
    public InteractiveFormatter(string mimeType) => MimeType = mimeType;

    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; }

    /// <summary>The type it formats.</summary>
    public Type Type => typeof(CrossCheckReport);

    /// <summary>Writes a report; returns <c>false</c> for anything else so the front end falls back.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not CrossCheckReport report || writer is null) return false;
        writer.Write(report.ToDisplayString(MimeType));
        return true;
    }
}
