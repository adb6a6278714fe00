package dev.sluice.local;

import dev.sluice.local.emulators.DynamoDbLocalEmulator;
import dev.sluice.local.emulators.ElasticMqEmulator;
import dev.sluice.local.emulators.S3ProxyEmulator;
import dev.sluice.local.events.ScheduleClock;
import dev.sluice.local.events.SqsEventSourcePoller;
import dev.sluice.local.gateway.HttpApiGateway;
import dev.sluice.local.gateway.LocalControlRoutes;
import dev.sluice.local.gateway.RouteTable;
import dev.sluice.local.provision.LocalNames;
import dev.sluice.local.provision.LocalSecrets;
import dev.sluice.local.provision.ResourceProvisioner;
import dev.sluice.local.runtime.LocalFunction;
import dev.sluice.local.template.EventSpec;
import dev.sluice.local.template.FunctionSpec;
import dev.sluice.local.template.IntrinsicResolver;
import dev.sluice.local.template.SamTemplate;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole platform in one JVM: DynamoDB Local, ElasticMQ and S3Proxy; every table, queue and
 * bucket of template.yaml; every function, reached through the API Gateway emulation, SQS event
 * source pollers and the schedule clock. {@link #start} builds it, {@link #close} tears it down in
 * reverse order.
 */
public final class LocalCloud implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";
    public static final String STACK = "sluice-local";
    static final String ACCESS_KEY = "local";
    static final String SECRET_KEY = "local-secret-key";

    private static final Logger LOG = LoggerFactory.getLogger(LocalCloud.class);

    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
    private final Map<String, LocalFunction> functions = new LinkedHashMap<>();
    private final Map<String, String> resolvedSecrets = new LinkedHashMap<>();
    private final List<SqsEventSourcePoller> pollers = new java.util.ArrayList<>();
    private LocalAwsClients aws;
    private SamTemplate template;
    private LocalNames names;
    private ScheduleClock schedules;
    private HttpApiGateway gateway;

    private LocalCloud() {
    }

    public static LocalCloud start(LocalCloudOptions options) throws Exception {
        LocalCloud cloud = new LocalCloud();
        try {
            cloud.boot(options);
            return cloud;
        } catch (Exception | Error e) {
            cloud.close();
            throw e;
        }
    }

    private void boot(LocalCloudOptions options) throws Exception {
        template = SamTemplate.load(options.template());
        Endpoints endpoints = options.externalAws() != null ? Endpoints.external(options.externalAws()) : startEmulators(options);
        aws = track(new LocalAwsClients(endpoints.dynamodb(), endpoints.sqs(), endpoints.s3(), REGION,
                endpoints.accessKey(), endpoints.secretKey()));

        names = new LocalNames(STACK, REGION, ACCOUNT, endpoints.sqs().toString());
        IntrinsicResolver resolver = new IntrinsicResolver(names.all(template), template.parameterDefaults(),
                REGION, ACCOUNT, STACK);
        ResourceProvisioner provisioner = new ResourceProvisioner(template, names, resolver);
        provisioner.createTables(aws.dynamo());
        provisioner.createQueues(aws.sqs());
        provisioner.createBuckets(aws.s3());

        LocalSecrets secrets = new LocalSecrets(sub(options, "secrets"), Map.of());
        FunctionEnvironment environment = new FunctionEnvironment(template, resolver, secrets,
                options.secretOverrides(), awsVariables(endpoints, options.externalAws() == null), options.environment());
        RouteTable routes = new RouteTable();
        schedules = track(new ScheduleClock(Clock.systemUTC(), REGION, ACCOUNT));
        for (FunctionSpec spec : template.functions()) {
            Map<String, String> env = environment.of(spec);
            resolvedSecrets.putAll(environment.secretsOf(spec));
            LocalFunction function = track(LocalFunction.start(spec, names.nameOf(template, spec.logicalId()), env));
            functions.put(spec.logicalId(), function);
            spec.events(EventSpec.HttpApi.class).forEach(e -> routes.add(e, function));
            spec.events(EventSpec.Schedule.class).forEach(e -> schedules.add(function, e));
            for (EventSpec.Sqs event : spec.events(EventSpec.Sqs.class)) {
                String arn = resolver.resolveString(event.queue());
                String queueName = arn.substring(arn.lastIndexOf(':') + 1);
                String url = aws.sqs().getQueueUrl(b -> b.queueName(queueName)).queueUrl();
                pollers.add(track(new SqsEventSourcePoller(aws.sqs(), function, event, url, arn, REGION,
                        options.pollWaitSeconds())));
            }
        }
        gateway = track(new HttpApiGateway(routes, new LocalControlRoutes(schedules), options.host(), options.port()));
        pollers.forEach(SqsEventSourcePoller::start);
        if (options.runSchedules()) {
            schedules.start();
        }
    }

    private static java.nio.file.Path sub(LocalCloudOptions options, String name) {
        return options.dataDir() == null ? null : options.dataDir().resolve(name);
    }

    private Endpoints startEmulators(LocalCloudOptions options) throws Exception {
        var dynamo = track(DynamoDbLocalEmulator.start(sub(options, "dynamodb")));
        var sqs = track(ElasticMqEmulator.start(REGION, ACCOUNT));
        var s3 = track(S3ProxyEmulator.start(sub(options, "s3"), ACCESS_KEY, SECRET_KEY));
        return new Endpoints(dynamo.endpoint(), sqs.endpoint(), s3.endpoint(), ACCESS_KEY, SECRET_KEY);
    }

    /** Where the three services answer, embedded or external, and the credentials they accept. */
    private record Endpoints(URI dynamodb, URI sqs, URI s3, String accessKey, String secretKey) {
        static Endpoints external(LocalCloudOptions.ExternalAws aws) {
            return new Endpoints(aws.endpoint(), aws.endpoint(), aws.endpoint(), aws.accessKey(), aws.secretKey());
        }
    }

    /**
     * @param embeddedS3 the S3 emulator is S3Proxy, which answers 501 to object tags ({@code x-amz-tagging}):
     *                   log chunks are then written untagged (the lifecycle rule that selects them by tag
     *                   exists only on AWS anyway)
     */
    private static Map<String, String> awsVariables(Endpoints endpoints, boolean embeddedS3) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", REGION);
        env.put("SLUICE_AWS_REGION", REGION);
        env.put("SLUICE_AWS_ENDPOINT_DYNAMODB", endpoints.dynamodb().toString());
        env.put("SLUICE_AWS_ENDPOINT_SQS", endpoints.sqs().toString());
        env.put("SLUICE_AWS_ENDPOINT_S3", endpoints.s3().toString());
        env.put("SLUICE_AWS_ACCESS_KEY_ID", endpoints.accessKey());
        env.put("SLUICE_AWS_SECRET_ACCESS_KEY", endpoints.secretKey());
        if (embeddedS3) {
            env.put("SLUICE_LOGS_TAG_OBJECTS", "false");
        }
        return env;
    }

    private <T extends AutoCloseable> T track(T closeable) {
        closeables.push(closeable);
        return closeable;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    public int port() {
        return gateway.port();
    }

    /** The value a function receives for a secret variable, e.g. {@code SLUICE_ADMIN_KEY}. */
    public String secret(String variable) {
        return resolvedSecrets.get(variable);
    }

    public LocalFunction function(String logicalId) {
        LocalFunction function = functions.get(logicalId);
        if (function == null) {
            throw new IllegalArgumentException("No function " + logicalId + " in the template");
        }
        return function;
    }

    public SamTemplate template() {
        return template;
    }

    /** Physical name of a template resource (table, queue, bucket, function). */
    public String physicalName(String logicalId) {
        return names.nameOf(template, logicalId);
    }

    /** The local cloud's own, unmetered SDK clients for the emulators (tests use them to look inside). */
    public LocalAwsClients aws() {
        return aws;
    }

    public ScheduleClock schedules() {
        return schedules;
    }

    public List<SqsEventSourcePoller> pollers() {
        return List.copyOf(pollers);
    }

    @Override
    public void close() {
        while (!closeables.isEmpty()) {
            AutoCloseable next = closeables.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("Failed to stop {}", next.getClass().getSimpleName(), e);
            }
        }
    }

    /** Static-credential clients for the three emulators. */
    public record LocalAwsClients(DynamoDbClient dynamo, SqsClient sqs, S3Client s3) implements AutoCloseable {
        LocalAwsClients(URI dynamodb, URI sqsEndpoint, URI s3Endpoint, String region, String key, String secret) {
            this(LocalClients.dynamo(dynamodb, region, key, secret), LocalClients.sqs(sqsEndpoint, region, key, secret),
                    LocalClients.s3(s3Endpoint, region, key, secret));
        }

        @Override
        public void close() {
            dynamo.close();
            sqs.close();
            s3.close();
        }
    }
}
