using ClaimCheck.Extraction;
using ClaimCheck.Normalization;
using static ClaimCheck.Tests.Extraction.ExtractionHelper;

namespace ClaimCheck.Tests.Extraction;

public class EnumerationTests
{
    [Test]
    public void IncludingListSplitsIntoACountClaimAndItemClaims()
    {
        const string s = "Following the discussions, the two sides reached four main agreements, including restoring U.S.-Russia diplomatic relations, developing a plan to end the Russia-Ukraine war, cooperating in geopolitics and economics after the war, and ensuring the advancement and success of these plans.";
        var claims = Claims(s);
        var head = claims.Single(c => c.Kind == ClaimKind.Enumeration);
        var items = claims.Where(c => c.ParentId == head.Id).Select(c => c.Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(head.Text, Is.EqualTo("Following the discussions, the two sides reached four main agreements"));
            var count = head.Quantities.Single(q => q.Counted == "agreement");
            Assert.That(count.Value, Is.EqualTo(Interval.Point(4)));
            Assert.That(items, Is.EqualTo(new[]
            {
                "restoring U.S.-Russia diplomatic relations",
                "developing a plan to end the Russia-Ukraine war",
                "cooperating in geopolitics and economics after the war",
                "ensuring the advancement and success of these plans",
            }));
            Assert.That(head.Items, Has.Length.EqualTo(4));
        });
    }

    [Test]
    public void OrdinalStagesAreItemsOfThePrecedingCountedPlan()
    {
        const string s = "Russia and the U.S. proposed a three-stage peace plan for Ukraine. The first stage involves a ceasefire, the second calls for elections in Ukraine, and the parties will sign the peace agreement as part of the third stage.";
        var claims = Claims(s);
        var plan = Containing(claims, "three-stage");
        var items = claims.Where(c => c.ParentId == plan.Id).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(plan.Kind, Is.EqualTo(ClaimKind.Enumeration));
            Assert.That(items, Has.Count.EqualTo(3), string.Join(" | ", claims.Select(c => c.Text)));
            Assert.That(claims.Count, Is.GreaterThan(2), "more claims than sentences");
        });
    }
}
