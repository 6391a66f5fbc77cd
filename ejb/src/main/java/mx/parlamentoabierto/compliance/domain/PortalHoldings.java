package mx.parlamentoabierto.compliance.domain;

import java.util.Map;

/** Counts what the portal holds, for one legislature or all of them at once (a handful of grouped queries either way). */
public interface PortalHoldings {

    Holdings of(String legislatureId);

    /** Every legislature that holds anything; absent ones hold nothing. */
    Map<String, Holdings> all();
}
