/**
 * Not API: types that Migrata's generated code and its own modules use, which may change in any
 * release. Applications use {@code dev.migrata.runtime}.
 */
package dev.migrata.runtime.internal;
