package org.consortia.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    @Test
    void readsTheHostAndPortAnOriginOrRefererNames() {
        assertEquals("portal.example.gov.uk", SameOriginFilter.authorityOf("https://portal.example.gov.uk"));
        assertEquals("127.0.0.1:8080", SameOriginFilter.authorityOf("http://127.0.0.1:8080/w/x/risks?id=1"));
        assertNull(SameOriginFilter.authorityOf("null"), "an opaque origin names no host");
        assertNull(SameOriginFilter.authorityOf("http://exa mple/"));
    }
}
