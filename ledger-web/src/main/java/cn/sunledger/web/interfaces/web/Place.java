package cn.sunledger.web.interfaces.web;

import java.io.Serializable;

/** A region as the notice screens show it: its code and, where the caller may see it, its name. */
public record Place(String code, String name) implements Serializable {

    /** "光明上组 532922101201001", or the code alone when the name is not known. */
    public String label() {
        return name == null ? code : name + " " + code;
    }
}
