package org.storyweb.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storyweb.web.RawHttp;

/** Links the server could not read are redirected to the nearest address it can, and never off the site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkRepairIT {

    private static final String ACCEPT = "text/html";

    @LocalServerPort
    private int port;

    private String location(String target) {
        RawHttp.Response response = RawHttp.get(port, target, ACCEPT, null);
        assertThat(response.status()).as(target).isEqualTo(302);
        return response.header("Location");
    }

    private String site() {
        return "http://localhost:" + port;
    }

    @Test
    void brokenAndOverlongEncodingsAndNamelessPartsAreDropped() {
        assertThat(location("/never-let-me-go?event=dolly-born&upto=%C0%AF")).isEqualTo(
                site() + "/never-let-me-go?event=dolly-born");
        assertThat(location("/never-let-me-go?upto=%%&=x&character=ruth&tracks=%E0%A4%A"))
                .isEqualTo(site() + "/never-let-me-go?character=ruth");
    }

    @Test
    void anAddressThatStartsWithTwoSlashesStaysOnThisSite() {
        assertThat(location("//evil.example/x?%%")).isEqualTo(site() + "/evil.example/x");
        assertThat(location("//evil.example/x")).isEqualTo(site() + "/evil.example/x");
    }

    @Test
    void moreParametersThanAnyLinkHasAreCutToAHundred() {
        String target = "/never-let-me-go?" + String.join("&", java.util.Collections.nCopies(900, "event=x"));

        assertThat(location(target).split("&")).hasSize(100);
    }

    @Test
    void anAddressLongerThanAnyLinkLosesItsOverlongPartsAndStillOpens() {
        String padding = "x".repeat(3500);
        String target = "/never-let-me-go/" + padding + "?character=ruth&window=" + padding;

        String repaired = location(target);
        assertThat(repaired).isEqualTo(site() + "/never-let-me-go?character=ruth");
        assertThat(RawHttp.get(port, repaired.substring(site().length()), ACCEPT, null).status()).isEqualTo(200);
    }

    @Test
    void aGoodLinkIsLeftAlone() {
        assertThat(RawHttp.get(port, "/never-let-me-go?character=ruth&upto=9", ACCEPT, null).status())
                .isEqualTo(200);
    }
}
