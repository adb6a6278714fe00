package dev.sluice.core.stage;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps {@code http} stages away from link-local and cloud metadata endpoints, where a tenant's URL
 * could read the function's own credentials: 169.254.0.0/16 (AWS, GCP, Azure at 169.254.169.254),
 * fe80::/10, fd00:ec2::254 (AWS over IPv6), 100.100.100.200 (Alibaba), and the names
 * {@code metadata.google.internal} and {@code metadata}. Every address a host resolves to must be
 * allowed. Loopback and private ranges are allowed.
 */
final class AddressGuard {

    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata");
    private static final List<byte[]> METADATA_ADDRESSES = List.of(
            literal("fd00:ec2::254"), literal("100.100.100.200"));

    private AddressGuard() {
    }

    /**
     * Why the host may not be called, if it may not.
     *
     * @param host a host name or IP literal (IPv6 in brackets or not)
     * @throws UnknownHostException if the name does not resolve
     */
    static Optional<String> refusal(String host) throws UnknownHostException {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (METADATA_NAMES.contains(name)) {
            return Optional.of("host " + host + " is a cloud metadata endpoint and may not be called");
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (isForbidden(address)) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress()
                        + ", a link-local or cloud metadata address that may not be called");
            }
        }
        return Optional.empty();
    }

    static boolean isForbidden(InetAddress address) {
        if (address.isLinkLocalAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        return METADATA_ADDRESSES.stream().anyMatch(forbidden -> Arrays.equals(forbidden, raw))
                || (address instanceof Inet6Address v6 && isMappedForbidden(v6));
    }

    /** IPv4 link-local or metadata addresses written as IPv4-compatible IPv6 ({@code ::169.254.169.254}). */
    private static boolean isMappedForbidden(Inet6Address address) {
        if (!address.isIPv4CompatibleAddress()) {
            return false;
        }
        byte[] raw = address.getAddress();
        byte[] v4 = Arrays.copyOfRange(raw, 12, 16);
        return ((v4[0] & 0xff) == 169 && (v4[1] & 0xff) == 254) || Arrays.equals(v4, literal("100.100.100.200"));
    }

    /** The bytes of an IP literal (no name lookup happens for literals). */
    private static byte[] literal(String ip) {
        try {
            return InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("bad IP literal " + ip, e);
        }
    }
}
