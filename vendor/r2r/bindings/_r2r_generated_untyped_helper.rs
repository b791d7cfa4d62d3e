impl WrappedNativeMsgUntyped {
    pub fn new_from(typename: &str) -> Result<Self> {
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_action_msgs_msg_GoalInfo() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<action_msgs::msg::GoalInfo>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_action_msgs_msg_GoalStatus() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<action_msgs::msg::GoalStatus>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_action_msgs_msg_GoalStatusArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<action_msgs::msg::GoalStatusArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_builtin_interfaces_msg_Duration() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<builtin_interfaces::msg::Duration>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_builtin_interfaces_msg_Time() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<builtin_interfaces::msg::Time>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_diagnostic_msgs_msg_DiagnosticArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<diagnostic_msgs::msg::DiagnosticArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_diagnostic_msgs_msg_DiagnosticStatus() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<diagnostic_msgs::msg::DiagnosticStatus>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_diagnostic_msgs_msg_KeyValue() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<diagnostic_msgs::msg::KeyValue>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Accel() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Accel>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_AccelStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::AccelStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_AccelWithCovariance() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::AccelWithCovariance>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_AccelWithCovarianceStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                geometry_msgs::msg::AccelWithCovarianceStamped,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Inertia() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Inertia>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_InertiaStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::InertiaStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Point() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Point>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Point32() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Point32>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_PointStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::PointStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Polygon() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Polygon>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_PolygonStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::PolygonStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Pose() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Pose>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Pose2D() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Pose2D>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::PoseArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::PoseStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseWithCovariance() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::PoseWithCovariance>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseWithCovarianceStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                geometry_msgs::msg::PoseWithCovarianceStamped,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Quaternion() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Quaternion>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_QuaternionStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::QuaternionStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Transform() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Transform>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_TransformStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::TransformStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Twist() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Twist>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_TwistStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::TwistStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_TwistWithCovariance() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::TwistWithCovariance>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_TwistWithCovarianceStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                geometry_msgs::msg::TwistWithCovarianceStamped,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Vector3() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Vector3>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Vector3Stamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Vector3Stamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_Wrench() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::Wrench>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_geometry_msgs_msg_WrenchStamped() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<geometry_msgs::msg::WrenchStamped>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_lifecycle_msgs_msg_State() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<lifecycle_msgs::msg::State>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_lifecycle_msgs_msg_Transition() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<lifecycle_msgs::msg::Transition>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_lifecycle_msgs_msg_TransitionDescription() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<lifecycle_msgs::msg::TransitionDescription>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_lifecycle_msgs_msg_TransitionEvent() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<lifecycle_msgs::msg::TransitionEvent>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_nav_msgs_msg_GridCells() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<nav_msgs::msg::GridCells>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_nav_msgs_msg_MapMetaData() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<nav_msgs::msg::MapMetaData>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_nav_msgs_msg_OccupancyGrid() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<nav_msgs::msg::OccupancyGrid>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_nav_msgs_msg_Odometry() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<nav_msgs::msg::Odometry>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_nav_msgs_msg_Path() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<nav_msgs::msg::Path>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_FloatingPointRange() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::FloatingPointRange>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_IntegerRange() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::IntegerRange>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_ListParametersResult() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::ListParametersResult>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_Log() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::Log>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_Parameter() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::Parameter>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterDescriptor() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::ParameterDescriptor>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterEvent() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::ParameterEvent>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterEventDescriptors() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                rcl_interfaces::msg::ParameterEventDescriptors,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterType() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::ParameterType>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterValue() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::ParameterValue>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rcl_interfaces_msg_SetParametersResult() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rcl_interfaces::msg::SetParametersResult>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_rosgraph_msgs_msg_Clock() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<rosgraph_msgs::msg::Clock>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_BatteryState() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::BatteryState>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_CameraInfo() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::CameraInfo>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_ChannelFloat32() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::ChannelFloat32>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_CompressedImage() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::CompressedImage>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_FluidPressure() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::FluidPressure>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_Illuminance() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::Illuminance>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_Image() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::Image>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_Imu() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::Imu>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_JointState() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::JointState>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_Joy() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::Joy>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_JoyFeedback() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::JoyFeedback>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_JoyFeedbackArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::JoyFeedbackArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_LaserEcho() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::LaserEcho>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_LaserScan() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::LaserScan>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_MagneticField() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::MagneticField>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_MultiDOFJointState() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::MultiDOFJointState>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_MultiEchoLaserScan() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::MultiEchoLaserScan>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_NavSatFix() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::NavSatFix>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_NavSatStatus() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::NavSatStatus>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_PointCloud() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::PointCloud>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_PointCloud2() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::PointCloud2>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_PointField() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::PointField>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_Range() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::Range>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_RegionOfInterest() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::RegionOfInterest>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_RelativeHumidity() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::RelativeHumidity>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_Temperature() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::Temperature>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_sensor_msgs_msg_TimeReference() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<sensor_msgs::msg::TimeReference>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_shape_msgs_msg_Mesh() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<shape_msgs::msg::Mesh>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_shape_msgs_msg_MeshTriangle() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<shape_msgs::msg::MeshTriangle>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_shape_msgs_msg_Plane() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<shape_msgs::msg::Plane>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_shape_msgs_msg_SolidPrimitive() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<shape_msgs::msg::SolidPrimitive>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_statistics_msgs_msg_MetricsMessage() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<statistics_msgs::msg::MetricsMessage>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_statistics_msgs_msg_StatisticDataPoint() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<statistics_msgs::msg::StatisticDataPoint>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_statistics_msgs_msg_StatisticDataType() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<statistics_msgs::msg::StatisticDataType>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Bool() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Bool>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Byte() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Byte>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_ByteMultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::ByteMultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Char() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Char>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_ColorRGBA() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::ColorRGBA>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Empty() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Empty>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Float32() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Float32>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Float32MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Float32MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Float64() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Float64>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Float64MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Float64MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Header() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Header>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int16() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int16>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int16MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int16MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int32() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int32>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int32MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int32MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int64() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int64>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int64MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int64MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int8() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int8>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_Int8MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::Int8MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_MultiArrayDimension() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::MultiArrayDimension>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_MultiArrayLayout() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::MultiArrayLayout>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_String() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::String>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt16() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt16>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt16MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt16MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt32() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt32>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt32MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt32MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt64() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt64>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt64MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt64MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt8() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt8>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_std_msgs_msg_UInt8MultiArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<std_msgs::msg::UInt8MultiArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_stereo_msgs_msg_DisparityImage() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<stereo_msgs::msg::DisparityImage>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Arrays() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Arrays>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_BasicTypes() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::BasicTypes>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_BoundedPlainSequences() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::BoundedPlainSequences>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_BoundedSequences() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::BoundedSequences>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Builtins() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Builtins>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Constants() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Constants>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Defaults() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Defaults>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Empty() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Empty>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_MultiNested() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::MultiNested>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Nested() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Nested>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_Strings() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::Strings>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_UnboundedSequences() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::UnboundedSequences>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_test_msgs_msg_WStrings() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<test_msgs::msg::WStrings>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_tf2_msgs_msg_TF2Error() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<tf2_msgs::msg::TF2Error>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_tf2_msgs_msg_TFMessage() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<tf2_msgs::msg::TFMessage>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_trajectory_msgs_msg_JointTrajectory() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<trajectory_msgs::msg::JointTrajectory>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_trajectory_msgs_msg_JointTrajectoryPoint() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<trajectory_msgs::msg::JointTrajectoryPoint>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_trajectory_msgs_msg_MultiDOFJointTrajectory() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                trajectory_msgs::msg::MultiDOFJointTrajectory,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_trajectory_msgs_msg_MultiDOFJointTrajectoryPoint() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                trajectory_msgs::msg::MultiDOFJointTrajectoryPoint,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_unique_identifier_msgs_msg_UUID() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<unique_identifier_msgs::msg::UUID>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_ImageMarker() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::ImageMarker>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarker() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::InteractiveMarker>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerControl() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                visualization_msgs::msg::InteractiveMarkerControl,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerFeedback() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                visualization_msgs::msg::InteractiveMarkerFeedback,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerInit() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                visualization_msgs::msg::InteractiveMarkerInit,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerPose() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                visualization_msgs::msg::InteractiveMarkerPose,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerUpdate() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<
                visualization_msgs::msg::InteractiveMarkerUpdate,
            >()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_Marker() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::Marker>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_MarkerArray() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::MarkerArray>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_MenuEntry() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::MenuEntry>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_MeshFile() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::MeshFile>()
        }
        #[allow(non_snake_case)]
        fn new_wrapped_native_msg_untyped_visualization_msgs_msg_UVCoordinate() -> WrappedNativeMsgUntyped {
            WrappedNativeMsgUntyped::new::<visualization_msgs::msg::UVCoordinate>()
        }
        static MAP: phf::Map<&'static str, fn() -> WrappedNativeMsgUntyped> = phf::phf_map! {
            "action_msgs/msg/GoalInfo" =>
            new_wrapped_native_msg_untyped_action_msgs_msg_GoalInfo,
            "action_msgs/msg/GoalStatus" =>
            new_wrapped_native_msg_untyped_action_msgs_msg_GoalStatus,
            "action_msgs/msg/GoalStatusArray" =>
            new_wrapped_native_msg_untyped_action_msgs_msg_GoalStatusArray,
            "builtin_interfaces/msg/Duration" =>
            new_wrapped_native_msg_untyped_builtin_interfaces_msg_Duration,
            "builtin_interfaces/msg/Time" =>
            new_wrapped_native_msg_untyped_builtin_interfaces_msg_Time,
            "diagnostic_msgs/msg/DiagnosticArray" =>
            new_wrapped_native_msg_untyped_diagnostic_msgs_msg_DiagnosticArray,
            "diagnostic_msgs/msg/DiagnosticStatus" =>
            new_wrapped_native_msg_untyped_diagnostic_msgs_msg_DiagnosticStatus,
            "diagnostic_msgs/msg/KeyValue" =>
            new_wrapped_native_msg_untyped_diagnostic_msgs_msg_KeyValue,
            "geometry_msgs/msg/Accel" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Accel,
            "geometry_msgs/msg/AccelStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_AccelStamped,
            "geometry_msgs/msg/AccelWithCovariance" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_AccelWithCovariance,
            "geometry_msgs/msg/AccelWithCovarianceStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_AccelWithCovarianceStamped,
            "geometry_msgs/msg/Inertia" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Inertia,
            "geometry_msgs/msg/InertiaStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_InertiaStamped,
            "geometry_msgs/msg/Point" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Point,
            "geometry_msgs/msg/Point32" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Point32,
            "geometry_msgs/msg/PointStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_PointStamped,
            "geometry_msgs/msg/Polygon" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Polygon,
            "geometry_msgs/msg/PolygonStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_PolygonStamped,
            "geometry_msgs/msg/Pose" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Pose,
            "geometry_msgs/msg/Pose2D" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Pose2D,
            "geometry_msgs/msg/PoseArray" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseArray,
            "geometry_msgs/msg/PoseStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseStamped,
            "geometry_msgs/msg/PoseWithCovariance" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseWithCovariance,
            "geometry_msgs/msg/PoseWithCovarianceStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_PoseWithCovarianceStamped,
            "geometry_msgs/msg/Quaternion" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Quaternion,
            "geometry_msgs/msg/QuaternionStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_QuaternionStamped,
            "geometry_msgs/msg/Transform" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Transform,
            "geometry_msgs/msg/TransformStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_TransformStamped,
            "geometry_msgs/msg/Twist" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Twist,
            "geometry_msgs/msg/TwistStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_TwistStamped,
            "geometry_msgs/msg/TwistWithCovariance" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_TwistWithCovariance,
            "geometry_msgs/msg/TwistWithCovarianceStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_TwistWithCovarianceStamped,
            "geometry_msgs/msg/Vector3" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Vector3,
            "geometry_msgs/msg/Vector3Stamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Vector3Stamped,
            "geometry_msgs/msg/Wrench" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_Wrench,
            "geometry_msgs/msg/WrenchStamped" =>
            new_wrapped_native_msg_untyped_geometry_msgs_msg_WrenchStamped,
            "lifecycle_msgs/msg/State" =>
            new_wrapped_native_msg_untyped_lifecycle_msgs_msg_State,
            "lifecycle_msgs/msg/Transition" =>
            new_wrapped_native_msg_untyped_lifecycle_msgs_msg_Transition,
            "lifecycle_msgs/msg/TransitionDescription" =>
            new_wrapped_native_msg_untyped_lifecycle_msgs_msg_TransitionDescription,
            "lifecycle_msgs/msg/TransitionEvent" =>
            new_wrapped_native_msg_untyped_lifecycle_msgs_msg_TransitionEvent,
            "nav_msgs/msg/GridCells" =>
            new_wrapped_native_msg_untyped_nav_msgs_msg_GridCells,
            "nav_msgs/msg/MapMetaData" =>
            new_wrapped_native_msg_untyped_nav_msgs_msg_MapMetaData,
            "nav_msgs/msg/OccupancyGrid" =>
            new_wrapped_native_msg_untyped_nav_msgs_msg_OccupancyGrid,
            "nav_msgs/msg/Odometry" =>
            new_wrapped_native_msg_untyped_nav_msgs_msg_Odometry, "nav_msgs/msg/Path" =>
            new_wrapped_native_msg_untyped_nav_msgs_msg_Path,
            "rcl_interfaces/msg/FloatingPointRange" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_FloatingPointRange,
            "rcl_interfaces/msg/IntegerRange" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_IntegerRange,
            "rcl_interfaces/msg/ListParametersResult" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_ListParametersResult,
            "rcl_interfaces/msg/Log" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_Log,
            "rcl_interfaces/msg/Parameter" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_Parameter,
            "rcl_interfaces/msg/ParameterDescriptor" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterDescriptor,
            "rcl_interfaces/msg/ParameterEvent" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterEvent,
            "rcl_interfaces/msg/ParameterEventDescriptors" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterEventDescriptors,
            "rcl_interfaces/msg/ParameterType" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterType,
            "rcl_interfaces/msg/ParameterValue" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_ParameterValue,
            "rcl_interfaces/msg/SetParametersResult" =>
            new_wrapped_native_msg_untyped_rcl_interfaces_msg_SetParametersResult,
            "rosgraph_msgs/msg/Clock" =>
            new_wrapped_native_msg_untyped_rosgraph_msgs_msg_Clock,
            "sensor_msgs/msg/BatteryState" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_BatteryState,
            "sensor_msgs/msg/CameraInfo" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_CameraInfo,
            "sensor_msgs/msg/ChannelFloat32" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_ChannelFloat32,
            "sensor_msgs/msg/CompressedImage" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_CompressedImage,
            "sensor_msgs/msg/FluidPressure" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_FluidPressure,
            "sensor_msgs/msg/Illuminance" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_Illuminance,
            "sensor_msgs/msg/Image" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_Image, "sensor_msgs/msg/Imu"
            => new_wrapped_native_msg_untyped_sensor_msgs_msg_Imu,
            "sensor_msgs/msg/JointState" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_JointState,
            "sensor_msgs/msg/Joy" => new_wrapped_native_msg_untyped_sensor_msgs_msg_Joy,
            "sensor_msgs/msg/JoyFeedback" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_JoyFeedback,
            "sensor_msgs/msg/JoyFeedbackArray" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_JoyFeedbackArray,
            "sensor_msgs/msg/LaserEcho" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_LaserEcho,
            "sensor_msgs/msg/LaserScan" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_LaserScan,
            "sensor_msgs/msg/MagneticField" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_MagneticField,
            "sensor_msgs/msg/MultiDOFJointState" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_MultiDOFJointState,
            "sensor_msgs/msg/MultiEchoLaserScan" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_MultiEchoLaserScan,
            "sensor_msgs/msg/NavSatFix" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_NavSatFix,
            "sensor_msgs/msg/NavSatStatus" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_NavSatStatus,
            "sensor_msgs/msg/PointCloud" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_PointCloud,
            "sensor_msgs/msg/PointCloud2" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_PointCloud2,
            "sensor_msgs/msg/PointField" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_PointField,
            "sensor_msgs/msg/Range" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_Range,
            "sensor_msgs/msg/RegionOfInterest" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_RegionOfInterest,
            "sensor_msgs/msg/RelativeHumidity" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_RelativeHumidity,
            "sensor_msgs/msg/Temperature" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_Temperature,
            "sensor_msgs/msg/TimeReference" =>
            new_wrapped_native_msg_untyped_sensor_msgs_msg_TimeReference,
            "shape_msgs/msg/Mesh" => new_wrapped_native_msg_untyped_shape_msgs_msg_Mesh,
            "shape_msgs/msg/MeshTriangle" =>
            new_wrapped_native_msg_untyped_shape_msgs_msg_MeshTriangle,
            "shape_msgs/msg/Plane" =>
            new_wrapped_native_msg_untyped_shape_msgs_msg_Plane,
            "shape_msgs/msg/SolidPrimitive" =>
            new_wrapped_native_msg_untyped_shape_msgs_msg_SolidPrimitive,
            "statistics_msgs/msg/MetricsMessage" =>
            new_wrapped_native_msg_untyped_statistics_msgs_msg_MetricsMessage,
            "statistics_msgs/msg/StatisticDataPoint" =>
            new_wrapped_native_msg_untyped_statistics_msgs_msg_StatisticDataPoint,
            "statistics_msgs/msg/StatisticDataType" =>
            new_wrapped_native_msg_untyped_statistics_msgs_msg_StatisticDataType,
            "std_msgs/msg/Bool" => new_wrapped_native_msg_untyped_std_msgs_msg_Bool,
            "std_msgs/msg/Byte" => new_wrapped_native_msg_untyped_std_msgs_msg_Byte,
            "std_msgs/msg/ByteMultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_ByteMultiArray,
            "std_msgs/msg/Char" => new_wrapped_native_msg_untyped_std_msgs_msg_Char,
            "std_msgs/msg/ColorRGBA" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_ColorRGBA, "std_msgs/msg/Empty"
            => new_wrapped_native_msg_untyped_std_msgs_msg_Empty, "std_msgs/msg/Float32"
            => new_wrapped_native_msg_untyped_std_msgs_msg_Float32,
            "std_msgs/msg/Float32MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Float32MultiArray,
            "std_msgs/msg/Float64" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Float64,
            "std_msgs/msg/Float64MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Float64MultiArray,
            "std_msgs/msg/Header" => new_wrapped_native_msg_untyped_std_msgs_msg_Header,
            "std_msgs/msg/Int16" => new_wrapped_native_msg_untyped_std_msgs_msg_Int16,
            "std_msgs/msg/Int16MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Int16MultiArray,
            "std_msgs/msg/Int32" => new_wrapped_native_msg_untyped_std_msgs_msg_Int32,
            "std_msgs/msg/Int32MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Int32MultiArray,
            "std_msgs/msg/Int64" => new_wrapped_native_msg_untyped_std_msgs_msg_Int64,
            "std_msgs/msg/Int64MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Int64MultiArray,
            "std_msgs/msg/Int8" => new_wrapped_native_msg_untyped_std_msgs_msg_Int8,
            "std_msgs/msg/Int8MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_Int8MultiArray,
            "std_msgs/msg/MultiArrayDimension" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_MultiArrayDimension,
            "std_msgs/msg/MultiArrayLayout" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_MultiArrayLayout,
            "std_msgs/msg/String" => new_wrapped_native_msg_untyped_std_msgs_msg_String,
            "std_msgs/msg/UInt16" => new_wrapped_native_msg_untyped_std_msgs_msg_UInt16,
            "std_msgs/msg/UInt16MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_UInt16MultiArray,
            "std_msgs/msg/UInt32" => new_wrapped_native_msg_untyped_std_msgs_msg_UInt32,
            "std_msgs/msg/UInt32MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_UInt32MultiArray,
            "std_msgs/msg/UInt64" => new_wrapped_native_msg_untyped_std_msgs_msg_UInt64,
            "std_msgs/msg/UInt64MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_UInt64MultiArray,
            "std_msgs/msg/UInt8" => new_wrapped_native_msg_untyped_std_msgs_msg_UInt8,
            "std_msgs/msg/UInt8MultiArray" =>
            new_wrapped_native_msg_untyped_std_msgs_msg_UInt8MultiArray,
            "stereo_msgs/msg/DisparityImage" =>
            new_wrapped_native_msg_untyped_stereo_msgs_msg_DisparityImage,
            "test_msgs/msg/Arrays" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_Arrays,
            "test_msgs/msg/BasicTypes" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_BasicTypes,
            "test_msgs/msg/BoundedPlainSequences" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_BoundedPlainSequences,
            "test_msgs/msg/BoundedSequences" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_BoundedSequences,
            "test_msgs/msg/Builtins" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_Builtins,
            "test_msgs/msg/Constants" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_Constants,
            "test_msgs/msg/Defaults" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_Defaults, "test_msgs/msg/Empty"
            => new_wrapped_native_msg_untyped_test_msgs_msg_Empty,
            "test_msgs/msg/MultiNested" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_MultiNested,
            "test_msgs/msg/Nested" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_Nested, "test_msgs/msg/Strings"
            => new_wrapped_native_msg_untyped_test_msgs_msg_Strings,
            "test_msgs/msg/UnboundedSequences" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_UnboundedSequences,
            "test_msgs/msg/WStrings" =>
            new_wrapped_native_msg_untyped_test_msgs_msg_WStrings,
            "tf2_msgs/msg/TF2Error" =>
            new_wrapped_native_msg_untyped_tf2_msgs_msg_TF2Error,
            "tf2_msgs/msg/TFMessage" =>
            new_wrapped_native_msg_untyped_tf2_msgs_msg_TFMessage,
            "trajectory_msgs/msg/JointTrajectory" =>
            new_wrapped_native_msg_untyped_trajectory_msgs_msg_JointTrajectory,
            "trajectory_msgs/msg/JointTrajectoryPoint" =>
            new_wrapped_native_msg_untyped_trajectory_msgs_msg_JointTrajectoryPoint,
            "trajectory_msgs/msg/MultiDOFJointTrajectory" =>
            new_wrapped_native_msg_untyped_trajectory_msgs_msg_MultiDOFJointTrajectory,
            "trajectory_msgs/msg/MultiDOFJointTrajectoryPoint" =>
            new_wrapped_native_msg_untyped_trajectory_msgs_msg_MultiDOFJointTrajectoryPoint,
            "unique_identifier_msgs/msg/UUID" =>
            new_wrapped_native_msg_untyped_unique_identifier_msgs_msg_UUID,
            "visualization_msgs/msg/ImageMarker" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_ImageMarker,
            "visualization_msgs/msg/InteractiveMarker" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarker,
            "visualization_msgs/msg/InteractiveMarkerControl" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerControl,
            "visualization_msgs/msg/InteractiveMarkerFeedback" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerFeedback,
            "visualization_msgs/msg/InteractiveMarkerInit" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerInit,
            "visualization_msgs/msg/InteractiveMarkerPose" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerPose,
            "visualization_msgs/msg/InteractiveMarkerUpdate" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_InteractiveMarkerUpdate,
            "visualization_msgs/msg/Marker" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_Marker,
            "visualization_msgs/msg/MarkerArray" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_MarkerArray,
            "visualization_msgs/msg/MenuEntry" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_MenuEntry,
            "visualization_msgs/msg/MeshFile" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_MeshFile,
            "visualization_msgs/msg/UVCoordinate" =>
            new_wrapped_native_msg_untyped_visualization_msgs_msg_UVCoordinate
        };
        let func = MAP
            .get(typename)
            .ok_or_else(|| Error::InvalidMessageType {
                msgtype: typename.into(),
            })?;
        Ok(func())
    }
}
