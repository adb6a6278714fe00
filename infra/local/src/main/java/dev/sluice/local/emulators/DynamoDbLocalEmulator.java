package dev.sluice.local.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** DynamoDB Local in this JVM: in memory, or persisted under a directory ({@code -dbPath}). */
public final class DynamoDbLocalEmulator implements AutoCloseable {

    private static final int ATTEMPTS = 3;

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocalEmulator(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /** Starts on a free port; {@code dbPath} null means in memory. */
    public static DynamoDbLocalEmulator start(Path dbPath) throws Exception {
        if (dbPath != null) {
            Files.createDirectories(dbPath);
        }
        Exception last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = FreePort.find();
            List<String> args = new ArrayList<>(List.of("-port", String.valueOf(port), "-sharedDb", "-disableTelemetry"));
            if (dbPath == null) {
                args.add("-inMemory");
            } else {
                args.addAll(List.of("-dbPath", dbPath.toAbsolutePath().toString()));
            }
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            try {
                server.start();
                return new DynamoDbLocalEmulator(server, port);
            } catch (Exception e) {
                // Another process took the port between the probe and the bind: try another one.
                last = e;
            }
        }
        throw last;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
