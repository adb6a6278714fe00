package dev.sluice.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private static boolean forbidden(String literal) throws UnknownHostException {
        return AddressGuard.isForbidden(InetAddress.getByName(literal));
    }

    @Test
    void link_local_and_metadata_addresses_are_forbidden() throws UnknownHostException {
        assertThat(forbidden("169.254.169.254")).isTrue();
        assertThat(forbidden("169.254.0.1")).isTrue();
        assertThat(forbidden("fe80::1")).isTrue();
        assertThat(forbidden("febf::1")).isTrue();
        assertThat(forbidden("fd00:ec2::254")).isTrue();
        assertThat(forbidden("100.100.100.200")).isTrue();
        assertThat(forbidden("::ffff:169.254.169.254")).isTrue();
        assertThat(forbidden("::169.254.169.254")).isTrue();
    }

    @Test
    void loopback_private_and_public_addresses_are_allowed() throws UnknownHostException {
        assertThat(forbidden("127.0.0.1")).isFalse();
        assertThat(forbidden("::1")).isFalse();
        assertThat(forbidden("10.0.0.5")).isFalse();
        assertThat(forbidden("192.168.1.1")).isFalse();
        assertThat(forbidden("fd00:ec2::253")).isFalse();
        assertThat(forbidden("fec0::1")).isFalse();
        assertThat(forbidden("100.100.100.201")).isFalse();
        assertThat(forbidden("93.184.216.34")).isFalse();
    }

    @Test
    void metadata_host_names_are_refused_before_any_lookup() throws UnknownHostException {
        assertThat(AddressGuard.refusal("metadata.google.internal")).get().asString().contains("metadata endpoint");
        assertThat(AddressGuard.refusal("METADATA.google.internal.")).isPresent();
        assertThat(AddressGuard.refusal("metadata")).isPresent();
    }

    @Test
    void bracketed_ipv6_literal_is_checked() throws UnknownHostException {
        assertThat(AddressGuard.refusal("[fe80::1]")).get().asString().contains("link-local");
        assertThat(AddressGuard.refusal("[::1]")).isEmpty();
        assertThat(AddressGuard.refusal("127.0.0.1")).isEmpty();
    }
}
