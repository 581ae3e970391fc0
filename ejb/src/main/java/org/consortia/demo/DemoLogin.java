package org.consortia.demo;

/** A demo account as the start-up banner and the README list it. */
public record DemoLogin(String email, String name, String role) {
}
