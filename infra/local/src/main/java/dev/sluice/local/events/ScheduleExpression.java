package dev.sluice.local.events;

import com.cronutils.model.definition.CronConstraintsFactory;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression: {@code rate(5 minutes)} or the six-field
 * {@code cron(min hour day-of-month month day-of-week year)}, evaluated in UTC. Rates fire at
 * whole multiples of their period since the epoch, which for minutes means at second zero.
 */
public final class ScheduleExpression {

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+)\\s+(minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.+)\\)");
    private static final CronDefinition EVENTBRIDGE = CronDefinitionBuilder.defineCron()
            .withMinutes().and()
            .withHours().and()
            .withDayOfMonth().supportsL().supportsW().supportsLW().supportsQuestionMark().and()
            .withMonth().and()
            .withDayOfWeek().withValidRange(1, 7).withMondayDoWValue(2).supportsHash().supportsL()
            .supportsQuestionMark().and()
            .withYear().withValidRange(1970, 2199).and()
            .withCronValidation(CronConstraintsFactory.ensureEitherDayOfWeekOrDayOfMonth())
            .instance();

    private final String text;
    private final Duration rate;
    private final ExecutionTime cron;

    private ScheduleExpression(String text, Duration rate, ExecutionTime cron) {
        this.text = text;
        this.rate = rate;
        this.cron = cron;
    }

    public static ScheduleExpression parse(String expression) {
        String text = expression.trim();
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long n = Long.parseLong(rate.group(1));
            if (n < 1) {
                throw new IllegalArgumentException("A rate must be at least 1: " + text);
            }
            String unit = rate.group(2).toLowerCase(Locale.ROOT);
            Duration period = unit.startsWith("minute") ? Duration.ofMinutes(n)
                    : unit.startsWith("hour") ? Duration.ofHours(n) : Duration.ofDays(n);
            return new ScheduleExpression(text, period, null);
        }
        Matcher cron = CRON.matcher(text);
        if (cron.matches()) {
            return new ScheduleExpression(text, null,
                    ExecutionTime.forCron(new CronParser(EVENTBRIDGE).parse(cron.group(1).trim())));
        }
        throw new IllegalArgumentException("Not an EventBridge schedule expression: " + text
                + " (expected rate(N minutes|hours|days) or cron(6 fields))");
    }

    /** The first fire time strictly after {@code after}. */
    public ZonedDateTime nextAfter(ZonedDateTime after) {
        if (rate != null) {
            long period = rate.toMillis();
            long next = (Math.floorDiv(after.toInstant().toEpochMilli(), period) + 1) * period;
            return ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(next), after.getZone());
        }
        return cron.nextExecution(after)
                .orElseThrow(() -> new IllegalStateException("Schedule " + text + " never fires again"));
    }

    @Override
    public String toString() {
        return text;
    }
}
