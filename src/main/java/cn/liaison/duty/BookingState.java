package cn.liaison.duty;

public enum BookingState {
    BOOKED, CANCELLED, ATTENDED, NO_SHOW
}
