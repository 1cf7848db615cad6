namespace ClaimCheck.Reporting;

[TypeFormatterSource(typeof(InteractiveFormatterSource), PreferredMimeTypes = new[] { "text/html" })]
public sealed partial class CrossCheckReport
{
    /// <summary>The report as one self-contained HTML5 page (inline CSS and SVG, no script).</summary>
    /// <returns>The HTML text.</returns>
    /// <remarks>Written by <see cref="HtmlReportWriter"/>; every piece of article text is escaped.</remarks>
    public string ToHtml() => Render(new HtmlReportWriter());

    /// <summary>The report as GitHub-flavoured Markdown.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => Render(new MarkdownReportWriter());

    /// <summary>The report as plain text for a terminal.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Render(new TextReportWriter());

    /// <summary>Renders the report for a display MIME type, the way notebook front ends ask for it.</summary>
    /// <param name="mimeType">
    /// <c>text/html</c> for an embeddable HTML fragment (scoped styles, no page shell), <c>text/markdown</c> for
    /// Markdown, <c>application/json</c> for the JSON report; anything else gives plain text.
    /// </param>
    /// <returns>The rendered report.</returns>
    /// <remarks>
    /// Polyglot Notebooks (.NET Interactive) find this through the convention-based formatter source on this class,
    /// so ending a notebook cell with a report displays it as HTML without ClaimCheck referencing .NET Interactive.
    /// </remarks>
    public string ToDisplayString(string mimeType)
    {
        ArgumentNullException.ThrowIfNull(mimeType);
        string mime = mimeType.Split(';')[0].Trim();
        return mime.ToLowerInvariant() switch
        {
            "text/html" => Render(new HtmlReportWriter(fullDocument: false)),
            "text/markdown" => ToMarkdown(),
            "application/json" => ToJson(),
            _ => ToText(),
        };
    }
}
