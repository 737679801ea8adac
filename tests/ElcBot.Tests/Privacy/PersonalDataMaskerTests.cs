using ElcBot.Core.Privacy;

namespace ElcBot.Tests.Privacy;

public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("My NHS number is 943 476 5919.")]
    [InlineData("My NHS number is 943-476-5919.")]
    [InlineData("My NHS number is 9434765919.")]
    [InlineData("NHS no 4010232137 please")]
    public void Should_hide_an_nhs_number_when_it_passes_the_modulus_11_check(string text)
    {
        var result = PersonalDataMasker.Mask(text);

        Assert.Equal([MaskedKind.NhsNumber], result.Kinds);
        Assert.Contains(PersonalDataMasker.NhsNumberMask, result.Text);
        Assert.DoesNotMatch(@"\d{3}", result.Text);
    }

    [Theory]
    [InlineData("Reference 1234567890 from the letter")]
    [InlineData("Reference 943 476 5918 from the letter")]
    public void Should_leave_ten_digits_alone_when_they_fail_the_modulus_11_check(string text)
    {
        var result = PersonalDataMasker.Mask(text);

        Assert.Empty(result.Kinds);
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("Ring 07700 900123 any time")]
    [InlineData("Ring 07700900123 any time")]
    [InlineData("Ring +44 7700 900123 any time")]
    [InlineData("Ring +447700900123 any time")]
    [InlineData("Ring +44 (0)7700 900123 any time")]
    [InlineData("Ring 020 7946 0958 any time")]
    [InlineData("Ring (020) 7946 0958 any time")]
    [InlineData("Ring 0161 496 0000 any time")]
    [InlineData("Ring 01632 960001 any time")]
    [InlineData("Ring 0300 123 4567 any time")]
    [InlineData("Ring 07700-900-123 any time")]
    public void Should_hide_a_uk_phone_number_in_the_usual_ways_of_writing_one(string text)
    {
        var result = PersonalDataMasker.Mask(text);

        Assert.Equal([MaskedKind.PhoneNumber], result.Kinds);
        Assert.Equal($"Ring {PersonalDataMasker.PhoneNumberMask} any time", result.Text);
    }

    [Theory]
    [InlineData("sam.smith@example.nhs.uk")]
    [InlineData("sam+care@example.org")]
    public void Should_hide_an_email_address(string address)
    {
        var result = PersonalDataMasker.Mask($"Write to {address} please");

        Assert.Equal([MaskedKind.EmailAddress], result.Kinds);
        Assert.Equal($"Write to {PersonalDataMasker.EmailAddressMask} please", result.Text);
    }

    [Theory]
    [InlineData("SW1A 1AA")]
    [InlineData("M1 1AE")]
    [InlineData("b33 8th")]
    [InlineData("CR2 6XH")]
    [InlineData("DN551PT")]
    public void Should_hide_a_uk_postcode(string postcode)
    {
        var result = PersonalDataMasker.Mask($"I live near {postcode}, by the park");

        Assert.Equal([MaskedKind.Postcode], result.Kinds);
        Assert.Equal($"I live near {PersonalDataMasker.PostcodeMask}, by the park", result.Text);
    }

    [Theory]
    [InlineData("The wait was 3 hours and I saw 2 nurses in 10 minutes.")]
    [InlineData("I'm 47 and have had type 2 diabetes since 2019.")]
    [InlineData("Open 9 to 5, Monday to Friday; call the 111 line.")]
    public void Should_leave_ordinary_words_and_numbers_alone(string text)
    {
        var result = PersonalDataMasker.Mask(text);

        Assert.Empty(result.Kinds);
        Assert.Equal(text, result.Text);
    }

    [Fact]
    public void Should_name_each_kind_once_when_several_of_it_are_hidden()
    {
        var result = PersonalDataMasker.Mask("07700 900123 or 07700 900456, and 943 476 5919");

        Assert.Equal([MaskedKind.NhsNumber, MaskedKind.PhoneNumber], result.Kinds);
        Assert.Equal($"{PersonalDataMasker.PhoneNumberMask} or {PersonalDataMasker.PhoneNumberMask}, and {PersonalDataMasker.NhsNumberMask}", result.Text);
    }
}
