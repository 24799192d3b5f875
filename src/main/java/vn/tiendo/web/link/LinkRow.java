package vn.tiendo.web.link;

import vn.tiendo.link.ProposedLink;
import vn.tiendo.link.StoredLink;

/** One row of the links page: the child item, the proposal, what is stored, and what the select starts on. */
public record LinkRow(ProposedLink proposal, StoredLink stored, String selected) {

    /** The parent code the officer saw stored ("" when none). */
    public String seen() {
        return stored == null ? "" : stored.parentCode();
    }
}
