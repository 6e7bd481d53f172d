using System.Text.Json;
using AfterSales.Application.Units;
using AfterSales.Domain.Units;
using AfterSales.Infrastructure.Persistence.Configurations;

namespace AfterSales.Api.Tests;

/// <summary>A unit's calendar and policy are parsed once per text, and each text gives the value it says.</summary>
public class ParsedDocumentsTests
{
    private static readonly JsonSerializerOptions Json = JsonColumn.Options;

    [Test]
    public void The_same_calendar_text_is_parsed_once_and_another_text_gives_its_own_calendar()
    {
        var calendar = CalendarDto.From(AfterSales.Infrastructure.Persistence.DemoData.TaipeiCalendar());
        var text = JsonSerializer.Serialize(calendar, Json);
        var withHoliday = JsonSerializer.Serialize(calendar with { Holidays = [.. calendar.Holidays!, new DateOnly(2031, 3, 4)] }, Json);

        var first = ParsedDocuments.Calendar(text);
        ParsedDocuments.Calendar(new string(text)).Should().BeSameAs(first, "an equal text is the same calendar, however it was read");
        first.Holidays.Should().Equal(calendar.Holidays);

        var changed = ParsedDocuments.Calendar(withHoliday);
        changed.Should().NotBeSameAs(first);
        changed.Holidays.Should().Contain(new DateOnly(2031, 3, 4));
        first.Holidays.Should().NotContain(new DateOnly(2031, 3, 4));
    }

    [Test]
    public void The_same_policy_text_is_parsed_once_and_another_text_gives_its_own_policy()
    {
        var text = JsonSerializer.Serialize(PolicyDto.From(ServicePolicy.Default), Json);
        var stricter = JsonSerializer.Serialize(PolicyDto.From(ServicePolicy.Default) with { UrbanSlaHours = 4 }, Json);

        ParsedDocuments.Policy(new string(text)).Should().BeSameAs(ParsedDocuments.Policy(text));
        ParsedDocuments.Policy(text).Should().Be(ServicePolicy.Default);
        ParsedDocuments.Policy(stricter).UrbanSlaHours.Should().Be(4);
    }
}
