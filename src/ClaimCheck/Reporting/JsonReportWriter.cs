using System.Globalization;
using ClaimCheck.Comparison;
using ClaimCheck.Extraction;
using ClaimCheck.Normalization;
using Newtonsoft.Json;

namespace ClaimCheck.Reporting;

/// <summary>Writes a report as JSON, schema version 1 (see <c>docs/report-schema.md</c>).</summary>
/// <remarks>
/// Property names are camelCase, enums are lower-camel strings, numbers are rounded to three decimals and
/// unbounded interval ends are <c>null</c>, so the output is byte-identical for the same report.
/// Thread-safe: the writer holds no state.
/// </remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>Creates a writer.</summary>
    /// <param name="indented">Whether to indent the JSON (default) or write it on one line.</param>
    /// <param name="includeText">Whether each source carries the text its offsets index.</param>
    public JsonReportWriter(bool indented = true, bool includeText = true)
    {
        Indented = indented;
        IncludeText = includeText;
    }

    /// <summary>Whether the JSON is indented.</summary>
    public bool Indented { get; }

    /// <summary>Whether each source carries the text its offsets index.</summary>
    public bool IncludeText { get; }

    /// <inheritdoc />
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new JsonTextWriter(output) { Formatting = Indented ? Formatting.Indented : Formatting.None, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("schemaVersion"); w.WriteValue(CrossCheckReport.SchemaVersion);
        w.WritePropertyName("sources");
        w.WriteStartArray();
        foreach (var s in report.Sources) WriteSource(w, s);
        w.WriteEndArray();
        w.WritePropertyName("claims");
        w.WriteStartArray();
        foreach (var c in report.Claims) WriteClaim(w, c);
        w.WriteEndArray();
        w.WritePropertyName("findings");
        w.WriteStartArray();
        foreach (var f in report.Findings) WriteFinding(w, f);
        w.WriteEndArray();
        w.WritePropertyName("notices");
        w.WriteStartArray();
        foreach (var n in report.Notices) w.WriteValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private void WriteSource(JsonWriter w, SourceSummary s)
    {
        w.WriteStartObject();
        Prop(w, "id", s.Id);
        Prop(w, "title", s.Title);
        Prop(w, "published", s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Prop(w, "outlet", s.Outlet);
        w.WritePropertyName("sentences"); w.WriteValue(s.Sentences);
        w.WritePropertyName("claims"); w.WriteValue(s.Claims);
        w.WritePropertyName("notices");
        w.WriteStartArray();
        foreach (var n in s.Notices) w.WriteValue(n);
        w.WriteEndArray();
        if (IncludeText) Prop(w, "text", s.Text);
        w.WriteEndObject();
    }

    private static void WriteClaim(JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        Prop(w, "id", c.Id);
        Prop(w, "sourceId", c.SourceId);
        w.WritePropertyName("sentence"); w.WriteValue(c.SentenceIndex);
        w.WritePropertyName("start"); w.WriteValue(c.Span.Start);
        w.WritePropertyName("length"); w.WriteValue(c.Span.Length);
        Prop(w, "text", c.Text);
        Prop(w, "kind", Camel(c.Kind.ToString()));
        Prop(w, "predicate", c.Predicate);
        w.WritePropertyName("actors");
        w.WriteStartArray();
        foreach (var a in c.Actors)
        {
            w.WriteStartObject();
            Prop(w, "id", a.Id);
            Span(w, a.Text, a.Span);
            Prop(w, "role", Camel(a.Role.ToString()));
            Prop(w, "type", Camel(a.Kind.ToString()));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("quantities");
        w.WriteStartArray();
        foreach (var q in c.Quantities) WriteQuantity(w, q);
        w.WriteEndArray();
        w.WritePropertyName("times");
        w.WriteStartArray();
        foreach (var t in c.Times)
        {
            w.WriteStartObject();
            Span(w, t.Text, t.Span);
            Prop(w, "from", t.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Prop(w, "to", t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Prop(w, "resolution", Camel(t.Resolution.ToString()));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("places");
        w.WriteStartArray();
        foreach (var p in c.Places)
        {
            w.WriteStartObject();
            Prop(w, "id", p.Id);
            Span(w, p.Text, p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Prop(w, "polarity", Camel(c.Polarity.ToString()));
        Prop(w, "modality", Camel(c.Modality.ToString()));
        w.WritePropertyName("attribution");
        if (c.Attribution is null) w.WriteNull();
        else
        {
            w.WriteStartObject();
            Prop(w, "id", c.Attribution.Id);
            Span(w, c.Attribution.Text, c.Attribution.Span);
            w.WriteEndObject();
        }
        w.WritePropertyName("items");
        w.WriteStartArray();
        foreach (var i in c.Items) w.WriteValue(i);
        w.WriteEndArray();
        Prop(w, "parentId", c.ParentId);
        w.WriteEndObject();
    }

    private static void WriteQuantity(JsonWriter w, Quantity q)
    {
        w.WriteStartObject();
        Span(w, q.Text, q.Span);
        w.WritePropertyName("min"); Number(w, q.Value.Min);
        w.WritePropertyName("max"); Number(w, q.Value.Max);
        w.WritePropertyName("minInclusive"); w.WriteValue(q.Value.MinInclusive);
        w.WritePropertyName("maxInclusive"); w.WriteValue(q.Value.MaxInclusive);
        Prop(w, "unit", q.Unit);
        Prop(w, "counted", q.Counted);
        Prop(w, "kind", Camel(q.Kind.ToString()));
        w.WritePropertyName("approximate"); w.WriteValue(q.Approximate);
        w.WriteEndObject();
    }

    private static void WriteFinding(JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        Prop(w, "id", f.Id);
        Prop(w, "kind", Camel(f.Kind.ToString()));
        if (f.ConflictType is { } ct) Prop(w, "conflictType", Camel(ct.ToString()));
        w.WritePropertyName("claimIds");
        w.WriteStartArray();
        foreach (var id in f.ClaimIds) w.WriteValue(id);
        w.WriteEndArray();
        w.WritePropertyName("sourceIds");
        w.WriteStartArray();
        foreach (var id in f.SourceIds) w.WriteValue(id);
        w.WriteEndArray();
        w.WritePropertyName("confidence"); Number(w, f.Confidence);
        Prop(w, "explanation", f.Explanation);
        w.WritePropertyName("slots");
        w.WriteStartArray();
        foreach (var s in f.Slots)
        {
            w.WriteStartObject();
            Prop(w, "slot", s.Slot);
            Prop(w, "outcome", Camel(s.Outcome.ToString()));
            Prop(w, "note", s.Note);
            w.WritePropertyName("weak"); w.WriteValue(s.Weak);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Span(JsonWriter w, string text, TextSpan span)
    {
        Prop(w, "text", text);
        w.WritePropertyName("start"); w.WriteValue(span.Start);
        w.WritePropertyName("length"); w.WriteValue(span.Length);
    }

    private static void Prop(JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        if (value is null) w.WriteNull(); else w.WriteValue(value);
    }

    private static void Number(JsonWriter w, double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value)) w.WriteNull();
        else w.WriteRawValue(Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture));
    }

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
