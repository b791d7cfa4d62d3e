pub mod action_msgs {
    include!(concat!(env!("OUT_DIR"), "/action_msgs.rs"));
}
pub mod builtin_interfaces {
    include!(concat!(env!("OUT_DIR"), "/builtin_interfaces.rs"));
}
pub mod diagnostic_msgs {
    include!(concat!(env!("OUT_DIR"), "/diagnostic_msgs.rs"));
}
pub mod geometry_msgs {
    include!(concat!(env!("OUT_DIR"), "/geometry_msgs.rs"));
}
pub mod lifecycle_msgs {
    include!(concat!(env!("OUT_DIR"), "/lifecycle_msgs.rs"));
}
pub mod nav_msgs {
    include!(concat!(env!("OUT_DIR"), "/nav_msgs.rs"));
}
pub mod rcl_interfaces {
    include!(concat!(env!("OUT_DIR"), "/rcl_interfaces.rs"));
}
pub mod rosgraph_msgs {
    include!(concat!(env!("OUT_DIR"), "/rosgraph_msgs.rs"));
}
pub mod sensor_msgs {
    include!(concat!(env!("OUT_DIR"), "/sensor_msgs.rs"));
}
pub mod shape_msgs {
    include!(concat!(env!("OUT_DIR"), "/shape_msgs.rs"));
}
pub mod statistics_msgs {
    include!(concat!(env!("OUT_DIR"), "/statistics_msgs.rs"));
}
pub mod std_msgs {
    include!(concat!(env!("OUT_DIR"), "/std_msgs.rs"));
}
pub mod stereo_msgs {
    include!(concat!(env!("OUT_DIR"), "/stereo_msgs.rs"));
}
pub mod test_msgs {
    include!(concat!(env!("OUT_DIR"), "/test_msgs.rs"));
}
pub mod tf2_msgs {
    include!(concat!(env!("OUT_DIR"), "/tf2_msgs.rs"));
}
pub mod trajectory_msgs {
    include!(concat!(env!("OUT_DIR"), "/trajectory_msgs.rs"));
}
pub mod unique_identifier_msgs {
    include!(concat!(env!("OUT_DIR"), "/unique_identifier_msgs.rs"));
}
pub mod visualization_msgs {
    include!(concat!(env!("OUT_DIR"), "/visualization_msgs.rs"));
}
