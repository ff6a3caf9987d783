print("lionk")
