package dev.sluice.local.emulators;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * S3Proxy in this JVM: a transient (in-memory) store or a filesystem store under a directory.
 * It checks SigV4 signatures, so clients must sign with the credentials given here.
 */
public final class S3ProxyEmulator implements AutoCloseable {

    private static final long START_TIMEOUT_MS = 20_000;

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3ProxyEmulator(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** Starts on a free port; {@code baseDir} null means in memory. */
    public static S3ProxyEmulator start(Path baseDir, String accessKey, String secretKey) throws Exception {
        Properties props = new Properties();
        String provider = "transient";
        if (baseDir != null) {
            Files.createDirectories(baseDir);
            props.setProperty("jclouds.filesystem.basedir", baseDir.toAbsolutePath().toString());
            provider = "filesystem";
        }
        URI endpoint = URI.create("http://127.0.0.1:" + FreePort.find());
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(BlobStores.create(provider, props))
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        proxy.start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("S3Proxy did not start, state " + proxy.getState());
            }
            Thread.sleep(10);
        }
        return new S3ProxyEmulator(proxy, endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
