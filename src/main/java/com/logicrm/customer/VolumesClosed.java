package com.logicrm.customer;

/** The outcome of closing a year for every customer in reach: how many volumes, holding how many entries. */
public record VolumesClosed(int year, int volumes, long entries) {
}
